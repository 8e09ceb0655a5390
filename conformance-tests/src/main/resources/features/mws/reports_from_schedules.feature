@mws @reports @clock-control
Feature: The reports a seller's schedules make: GetReportList, GetReportCount, GetReport
  When a schedule's ScheduledDate comes, a report of its type is requested and, once done, listed by
  GetReportList, counted by GetReportCount and downloaded with GetReport; ScheduledDate moves on by the schedule.
  These scenarios move the target's clock through this project's admin API instead of waiting a day.
  Source: the seed (ScheduleDate: when the next report request is sent); MWS GetReportList, GetReportCount and
  GetReport pages.

  Background:
    Given a seller with no report schedules
    And the target's clock is frozen

  Scenario: A seller's schedule makes a report that GetReportList lists, GetReportCount counts and GetReport downloads
    As a _1_DAY_ schedule's ScheduledDate comes, the target MUST make one report of its type that GetReportList lists and GetReportCount counts once done, whose flat file GetReport answers with a Content-MD5 equal to the MD5 digest of the body, and MUST move ScheduledDate on by one day.
    Source: the seed (ScheduleDate); MWS GetReportList (ReportInfo, AvailableFromDate), GetReportCount (Count) and GetReport pages (the report as a tab-delimited flat file; Content-MD5, the MD5 digest of the body, to compare).
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _1_DAY_, due in 1 minute
    When 1 day passes
    And the seller lists their _GET_ORDERS_DATA_ reports made since the scenario began
    Then the MWS response is a GetReportListResponse
    And the result lists exactly 1 report of _GET_ORDERS_DATA_
    And the result HasNext is false
    When the seller counts their _GET_ORDERS_DATA_ reports made since the scenario began
    Then the MWS response is a GetReportCountResponse
    And the result Count is 1
    When the seller downloads the report with GetReport
    Then the reply is the report as a flat file with a header row, its Content-MD5 the MD5 digest of its body
    And the seller's _GET_ORDERS_DATA_ schedule is now due 1 day after the ScheduleDate sent
