@pay
Feature: Get Report Schedule By Id
  GET /v2/report-schedules/{reportScheduleId} returns one of the caller's schedules.
  Source: the seed shows the schedule wrapped in {"reportSchedules": [...]}; the official SDKs (.NET model,
  Node integration test against the live sandbox) read a flat object. The contract allows both.

  Background:
    Given a merchant with no report schedules
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_BILLING_AGREEMENT_DATA_ reports every P2D

  Scenario: The schedule is returned, flat or wrapped
    When the merchant gets the existing schedule by id
    Then the response status is 200
    And the response describes the existing schedule

  @stub-choice
  Scenario: The stub answers with a flat object by default, as the SDKs read it
    # Our choice (README, "Choices"); --schedule-by-id-shape wrapped gives the seed's form.
    When the merchant gets the existing schedule by id
    Then the response status is 200
    And the response is a flat report schedule

  Scenario: An id that does not exist answers 404 ResourceNotFound
    # Docs (error handling): 404 ResourceNotFound.
    When the merchant gets the schedule with id "99999999999"
    Then the response status is 404
    And the error reason code is "ResourceNotFound"
