@mws
Feature: GetReportScheduleList, GetReportScheduleCount and GetReportScheduleListByNextToken
  Source: MWS Reports pages: both list actions filter by ReportTypeList.Type.N (default: all types);
  GetReportScheduleList never returns a NextToken (HasNext is false), so GetReportScheduleListByNextToken
  "can never be called".

  Background:
    Given a seller with no report schedules

  Scenario: A seller without schedules gets an empty list and a count of 0
    For a seller without schedules, GetReportScheduleList MUST answer no ReportSchedule with HasNext false, and GetReportScheduleCount MUST answer Count 0.
    Source: MWS GetReportScheduleList and GetReportScheduleCount pages; the live service's empty answers as recorded (2020).
    When the seller calls GetReportScheduleList
    Then the MWS response is a GetReportScheduleListResponse
    And the result holds exactly these schedules:
      | ReportType | Schedule |
    And the result HasNext is false
    When the seller calls GetReportScheduleCount
    Then the MWS response is a GetReportScheduleCountResponse
    And the result Count is 0

  Scenario: List and count can be filtered by report types
    GetReportScheduleList and GetReportScheduleCount MUST cover only the report types named in ReportTypeList.Type.N, and all of the seller's schedules when none is named.
    Source: MWS GetReportScheduleList and GetReportScheduleCount pages (ReportTypeList, default: all types).
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    And the seller has scheduled _GET_FLAT_FILE_ORDERS_DATA_ reports _1_DAY_
    And the seller has scheduled _GET_CONVERGED_FLAT_FILE_ORDER_REPORT_DATA_ reports _4_HOURS_
    When the seller calls GetReportScheduleList with:
      | ReportTypeList.Type.1 | _GET_FLAT_FILE_ORDERS_DATA_                 |
      | ReportTypeList.Type.2 | _GET_CONVERGED_FLAT_FILE_ORDER_REPORT_DATA_ |
    Then the result holds exactly these schedules:
      | ReportType                                  | Schedule  |
      | _GET_FLAT_FILE_ORDERS_DATA_                 | _1_DAY_   |
      | _GET_CONVERGED_FLAT_FILE_ORDER_REPORT_DATA_ | _4_HOURS_ |
    And the result HasNext is false
    When the seller calls GetReportScheduleCount with:
      | ReportTypeList.Type.1 | _GET_ORDERS_DATA_ |
    Then the result Count is 1
    When the seller calls GetReportScheduleCount
    Then the result Count is 3

  Scenario: One seller never sees another seller's schedules
    A seller MUST NOT see another seller's schedules.
    Source: MWS developer guide (each request acts for the seller its SellerId names).
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    And a second seller with no report schedules
    When the second seller calls GetReportScheduleCount
    Then the result Count is 0

  @stub-choice
  Scenario: GetReportScheduleListByNextToken refuses every token, since none is ever issued
    GetReportScheduleListByNextToken MUST refuse any token with 400 InvalidParameterValue, as the list never issues one.
    Source: this project's choice (README, Choices); the MWS pages say only that the action "can never be called".
    When the seller calls GetReportScheduleListByNextToken with:
      | NextToken | bm90LWEtdG9rZW4= |
    Then the MWS error is 400 "InvalidParameterValue"
