@pay
Feature: Cancel Report Schedule
  DELETE /v2/report-schedules/{reportScheduleId} cancels one of the caller's schedules.
  Source: the seed ("Returns HTTP 200 status response code if the operation was successful").

  Background:
    Given a merchant with no report schedules
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_ reports every PT8H

  Scenario: A cancelled schedule is gone
    Cancel MUST answer 200, and the cancelled schedule MUST be gone: getting or cancelling its id again answers 404 ResourceNotFound, and the list no longer shows it.
    Source: the seed (Cancel Report Schedule returns 200); Amazon Pay "error handling" page (404 ResourceNotFound).
    When the merchant cancels the existing schedule
    Then the response status is 200
    And getting the existing schedule by id answers 404 "ResourceNotFound"
    And cancelling the existing schedule again answers 404 "ResourceNotFound"
    And the merchant has no report schedules

  Scenario: After cancelling, the report type can be scheduled again without deleteExistingSchedule
    Once its schedule is cancelled, a report type MUST accept a new schedule (201) without deleteExistingSchedule.
    Source: the seed ("Only one schedule per report type allowed"; Cancel Report Schedule cancels it).
    When the merchant cancels the existing schedule
    And the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_ reports every P1D from "20221118T150630Z"
    Then the response status is 201

  Scenario: Cancelling an id that does not exist answers 404 and changes nothing
    Cancelling an id the merchant does not have MUST answer 404 ResourceNotFound and MUST NOT change the merchant's schedules.
    Source: Amazon Pay "error handling" page (404 ResourceNotFound).
    When the merchant cancels the schedule with id "99999999999"
    Then the response status is 404
    And the error reason code is "ResourceNotFound"
    And the merchant still has only the existing schedule, unchanged
