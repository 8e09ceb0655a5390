# Every scenario here uses up a seller's quota, leaving that seller unusable for a while: each needs a fresh seller.
@mws @throttling @any-merchant
Feature: Throttling of the report-schedule actions
  Source: the seed's throttling table (maximum request quota 10, restore rate one request every 45 seconds,
  hourly quota 80) and the MWS developer guide (503 RequestThrottled when requests come too fast, 503
  QuotaExceeded when the hour's requests are used up; x-mws-quota-* headers).

  Background:
    Given a seller with no report schedules

  Scenario: The eleventh request in a burst is throttled, and other actions are counted apart
    After ten GetReportScheduleCount calls in a burst, the eleventh MUST be refused with 503 RequestThrottled, while another action still succeeds.
    Source: the seed's throttling table (maximum request quota 10, given per action); MWS developer guide (RequestThrottled, 503).
    When the seller calls GetReportScheduleCount 10 times
    Then every one of them succeeded
    When the seller calls GetReportScheduleCount
    Then the MWS error is 503 "RequestThrottled"
    And the reply carries the x-mws headers
    When the seller calls GetReportScheduleList
    Then the response status is 200

  Scenario: The quota headers count down the hourly quota
    Each reply MUST give the hourly quota in x-mws-quota-max (80.0) and count the seller's requests down in x-mws-quota-remaining.
    Source: the seed's throttling table (80 requests an hour); MWS developer guide (x-mws-quota-* headers).
    When the seller calls GetReportScheduleCount
    Then the x-mws-quota-max header is 80.0
    And the x-mws-quota-remaining header is 79.0
    When the seller calls GetReportScheduleCount
    Then the x-mws-quota-remaining header is 78.0

  @clock-control
  Scenario: One request is restored every 45 seconds
    An emptied quota MUST restore one request every 45 seconds, and not sooner.
    Source: the seed's throttling table (restore rate: one request every 45 seconds).
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
    The 81st request within one quota hour MUST be refused with 503 QuotaExceeded and x-mws-quota-remaining 0.0, even at a rate the restore allows.
    Source: the seed's throttling table (80 requests an hour); MWS developer guide (QuotaExceeded, 503; x-mws-quota-resetsOn).
    Given the target's clock is frozen
    And the seller's hourly quota for GetReportScheduleCount has just been renewed
    When the seller calls GetReportScheduleCount 80 times, 44 seconds apart
    Then every one of them succeeded
    When the seller calls GetReportScheduleCount
    Then the MWS error is 503 "QuotaExceeded"
    And the x-mws-quota-remaining header is 0.0
