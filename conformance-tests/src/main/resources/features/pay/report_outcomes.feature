@pay @reports @clock-control
Feature: Reports that fail or are cancelled
  A report's processing may end FAILED or CANCELLED instead of COMPLETED; only a COMPLETED report has a
  document. This project's admin API plans how a merchant's next report ends, so that a client's handling of
  each ending can be tested.
  Source: Amazon Pay "Reports" page (ProcessingStatus: IN_PROGRESS, COMPLETED, FAILED, CANCELLED); the .NET SDK
  (CANCELLED: cancelled before processing started, or no data to return).

  Background:
    Given a merchant with no report schedules
    And the target's clock is frozen

  Scenario Outline: A report whose processing ends <outcome> says so and has no document
    A report whose processing ends FAILED or CANCELLED MUST say so in processingStatus, MUST NOT name a reportDocumentId, and MUST be listed under processingStatuses of that status.
    Source: Amazon Pay "Reports" page (processingStatus; reportDocumentId, the document of a COMPLETED report; the processingStatuses filter).
    Given the merchant's next report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_ is planned to end <outcome>
    And the merchant has asked for 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_
    Then the report is <outcome> once its processing is over
    And the report has no reportDocumentId
    When the merchant lists their <outcome> reports made since the scenario began
    Then every listed report matches the filters of its listing
    And the listing holds, of the scenario's reports, all of them

    Examples:
      | outcome   |
      | FAILED    |
      | CANCELLED |
