@pay
Feature: Get Report Schedule By Id
  GET /v2/report-schedules/{reportScheduleId} returns one of the caller's schedules.
  Source: the seed shows the schedule wrapped in {"reportSchedules": [...]}; the official SDKs (.NET model,
  Node integration test against the live sandbox) read a flat object. The contract allows both.

  Background:
    Given a merchant with no report schedules
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_BILLING_AGREEMENT_DATA_ reports every P2D

  Scenario: The schedule is returned, flat or wrapped
    Get Report Schedule By Id MUST answer 200 with the merchant's schedule, either flat or wrapped in a one-element reportSchedules list.
    Source: the seed (the wrapped example); the official SDKs (.NET model, Node SDK test against the live sandbox: flat).
    When the merchant gets the existing schedule by id
    Then the response status is 200
    And the response describes the existing schedule

  @stub-choice
  Scenario: The stub answers with a flat object by default, as the SDKs read it
    Get Report Schedule By Id MUST answer with a flat ReportSchedule object, not wrapped in a list.
    Source: this project's choice (README, Choices: shape of Get Report Schedule By Id; --schedule-by-id-shape wrapped gives the seed's form).
    When the merchant gets the existing schedule by id
    Then the response status is 200
    And the response is a flat report schedule

  Scenario: An id that does not exist answers 404 ResourceNotFound
    Getting an id the merchant does not have MUST answer 404 ResourceNotFound.
    Source: Amazon Pay "error handling" page (404 ResourceNotFound).
    When the merchant gets the schedule with id "99999999999"
    Then the response status is 404
    And the error reason code is "ResourceNotFound"
