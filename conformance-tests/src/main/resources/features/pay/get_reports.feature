@pay @reports
Feature: Get Reports
  GET /v2/reports lists the caller's reports that match every filter given (reportTypes, processingStatuses,
  createdSince, createdUntil), a page at a time; a nextToken, sent alone, asks for the next page.
  Source: Amazon Pay "Reports" page (Get Reports: its filters, pageSize 1 to 100, default 10, and nextToken,
  "call with this token as the only parameter"); reports are kept 90 days.

  Background:
    Given a merchant with no report schedules

  @any-merchant
  Scenario: Twenty-five reports read ten at a time come in three pages, without duplicates or gaps
    Get Reports with pageSize 10 MUST split 25 reports into pages of 10, 10 and 5, each but the last with a nextToken that, as the only parameter of the next call, gives the next page; together the pages MUST hold every report exactly once.
    Source: Amazon Pay "Reports" page (pageSize; nextToken as the only parameter of a follow-up call).
    Given the merchant has asked for 25 reports of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_
    When the merchant reads their reports 10 at a time, page by page
    Then the pages hold 10, 10 and 5 reports
    And the pages together hold each of the scenario's reports exactly once

  Scenario: reportTypes keeps only the report types asked for
    Get Reports with reportTypes MUST list the merchant's reports of those types, and no report of another type.
    Source: Amazon Pay "Reports" page (reportTypes, a comma-separated list of report types).
    Given the merchant has asked for 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_
    And the merchant has asked for 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_
    And the merchant has asked for 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_
    When the merchant lists their reports of report types "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_,_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_"
    Then every listed report matches the filters of its listing
    And the listing holds, of the scenario's reports, only those of types _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_,_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_

  Scenario: processingStatuses keeps only the statuses asked for
    Get Reports with processingStatuses MUST list only reports in those statuses, so that listings of the statuses before and after processing hold every report between them.
    Source: Amazon Pay "Reports" page (processingStatuses, a comma-separated list of IN_PROGRESS, COMPLETED, FAILED, CANCELLED).
    Given the merchant has asked for 3 reports of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_
    When the merchant lists their reports with processingStatuses "IN_PROGRESS", then with "COMPLETED,FAILED,CANCELLED"
    Then every listed report matches the filters of its listing
    And the listings hold, of the scenario's reports, all of them

  Scenario: createdUntil leaves out later reports, createdSince keeps those made since
    Get Reports MUST leave out reports created after createdUntil, and MUST list the reports created at or after createdSince (until now, createdUntil's default).
    Source: Amazon Pay "Reports" page (createdSince, default 90 days before now; createdUntil, default now).
    Given the merchant has asked for 2 reports of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_
    When the merchant lists their reports with createdUntil 1 second before the first report's createdTime
    Then every listed report matches the filters of its listing
    And the listing holds, of the scenario's reports, none of them
    When the merchant lists their reports with createdSince at the first report's createdTime
    Then every listed report matches the filters of its listing
    And the listing holds, of the scenario's reports, all of them

  @clock-control
  Scenario: createdSince and createdUntil tell apart reports made ten seconds apart
    Get Reports MUST list a report created at or after createdSince and at or before createdUntil, and leave out one created before createdSince or after createdUntil.
    Source: Amazon Pay "Reports" page (createdSince, createdUntil).
    Given the target's clock is frozen
    And the merchant has asked for 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_BILLING_AGREEMENT_DATA_
    And 10 seconds pass
    And the merchant has asked for 1 report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_BILLING_AGREEMENT_DATA_
    When the merchant lists their reports with createdSince at the last report's createdTime
    Then every listed report matches the filters of its listing
    And the listing holds, of the scenario's reports, only the last
    When the merchant lists their reports with createdUntil 1 second after the first report's createdTime
    Then every listed report matches the filters of its listing
    And the listing holds, of the scenario's reports, only the first

  Scenario Outline: A <what> id the merchant does not have answers 404 ResourceNotFound
    Get Report By Id and Get Report Document MUST answer an id the merchant does not have with 404 ResourceNotFound.
    Source: Amazon Pay "error handling" page (404 ResourceNotFound); the contract (Get Report By Id, Get Report Document).
    When the merchant gets the <what> with id "<id>"
    Then the response status is 404
    And the error reason code is "ResourceNotFound"

    Examples:
      | what            | id                                                                   |
      | report          | 99999999999                                                          |
      | report document | amzn1.tortuga.0.000000000-0000-0000-0000-000000000000.00000000000000 |
