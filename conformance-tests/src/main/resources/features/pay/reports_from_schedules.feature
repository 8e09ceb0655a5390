@pay @reports @clock-control
Feature: Schedules make reports when their time comes
  A schedule makes a report of its type each time its nextReportCreationTime comes, then moves that time on by
  its frequency; the report is processed, and once COMPLETED its document can be downloaded for 30 seconds.
  These scenarios move the target's clock through this project's admin API instead of waiting a day.
  Source: the seed (scheduleFrequency: "Frequency in which the report shall be created"; nextReportCreationTime:
  "ISO 8601 time defining the next report creation time"); Amazon Pay "Reports" and "Downloading reports" pages.

  Background:
    Given a merchant with no report schedules
    And the target's clock is frozen
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D, due in 1 minute
    And 1 day passes

  Scenario: A daily schedule makes exactly one report when its time comes
    As a P1D schedule's nextReportCreationTime comes, the target MUST make one report of its type, COMPLETED once processed and naming its reportDocumentId, and MUST move nextReportCreationTime on by one day.
    Source: the seed (scheduleFrequency, nextReportCreationTime); Amazon Pay "Reports" page (the Report object; reportDocumentId once COMPLETED). The period a scheduled report covers is this project's choice (README, "Reports"), checked only for targets claiming stub-choice.
    Then the merchant has exactly 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ made since the scenario began
    And the report is COMPLETED once its processing is over
    And the report has a reportDocumentId
    And the report covers the period of one P1D that ended at the schedule's time, if the target claims stub-choice
    And the schedule's nextReportCreationTime has moved on by P1D

  Scenario: The report's document downloads as CSV from a url that expires after 30 seconds
    Get Report Document MUST answer a COMPLETED report's document with a download url and compressionAlgorithm N/A; the url MUST serve the report as CSV with a header row, and MUST be refused with 403 once 30 seconds have passed.
    Source: Amazon Pay "Downloading reports" page (the url is valid for 30 seconds; compressionAlgorithm N/A; CSV reports); Amazon S3 (an expired pre-signed url answers 403 AccessDenied), as the contract describes Get Report Document.
    Given the merchant has exactly 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ made since the scenario began
    And the report is COMPLETED once its processing is over
    When the merchant gets the report's document
    Then the answer gives the document's download url, its compressionAlgorithm N/A
    When the document is downloaded from its url
    Then the download is a CSV file with a header row
    When 31 seconds pass
    And the document is downloaded from its url
    Then the response status is 403

  Scenario: A cancelled schedule makes no more reports
    Once a schedule is cancelled, the target MUST NOT make further reports for it, even when its nextReportCreationTime comes.
    Source: the seed (Cancel Report Schedule cancels the schedule; a schedule is what makes reports).
    Given the merchant has exactly 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ made since the scenario began
    When the merchant cancels the existing schedule
    And 1 day passes
    Then the merchant has exactly 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ made since the scenario began
