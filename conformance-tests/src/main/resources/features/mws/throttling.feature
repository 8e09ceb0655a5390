@mws @throttling
Feature: Throttling of the report-schedule actions
  Source: the seed's throttling table (maximum request quota 10, restore rate one request every 45 seconds,
  hourly quota 80) and the MWS developer guide (503 RequestThrottled when requests come too fast, 503
  QuotaExceeded when the hour's requests are used up; x-mws-quota-* headers).

  Background:
    Given a seller with no report schedules

  Scenario: The eleventh request in a burst is throttled, and other actions are counted apart
    When the seller calls GetReportScheduleCount 10 times
    Then every one of them succeeded
    When the seller calls GetReportScheduleCount
    Then the MWS error is 503 "RequestThrottled"
    And the reply carries the x-mws headers
    When the seller calls GetReportScheduleList
    Then the response status is 200

  Scenario: The quota headers count down the hourly quota
    When the seller calls GetReportScheduleCount
    Then the x-mws-quota-max header is 80.0
    And the x-mws-quota-remaining header is 79.0
    When the seller calls GetReportScheduleCount
    Then the x-mws-quota-remaining header is 78.0

  @clock-control
  Scenario: One request is restored every 45 seconds
    Given the target's clock is frozen
    When the seller calls GetReportScheduleCount 10 times
    And 44 seconds pass
    And the seller calls GetReportScheduleCount
    Then the MWS error is 503 "RequestThrottled"
    When 1 second passes
    And the seller calls GetReportScheduleCount
    Then the response status is 200
    When the seller calls GetReportScheduleCount
    Then the MWS error is 503 "RequestThrottled"

  @clock-control
  Scenario: The eighty-first request within an hour exceeds the hourly quota, even at a sustainable rate
    Given the target's clock is frozen
    When the seller calls GetReportScheduleCount 80 times, 44 seconds apart
    Then every one of them succeeded
    When the seller calls GetReportScheduleCount
    Then the MWS error is 503 "QuotaExceeded"
    And the x-mws-quota-remaining header is 0.0
