@mws
Feature: ManageReportSchedule creates, updates and deletes the schedule of a report type
  Source: the seed (Amazon MWS ManageReportSchedule page): "If the ReportType/Schedule combination does not
  exist, a new schedule is created. If the ReportType is already scheduled with a different Schedule value,
  the schedule is updated. Setting Schedule to _NEVER_ deletes the schedule." Responses as the live service
  wrote them (namespace http://mws.amazonaws.com/doc/2009-01-01/, ReportSchedule elements before Count).

  Background:
    Given a seller with no report schedules

  Scenario: The seed's example request gets the seed's response
    # Seed: the example request (signed here by the suite) and the example response structure.
    When the seller sends the seed's example ManageReportSchedule request
    Then the MWS response is a ManageReportScheduleResponse
    And the result holds exactly these schedules:
      | ReportType        | Schedule  |
      | _GET_ORDERS_DATA_ | _30_DAYS_ |
    And the result Count is 1
    And the response metadata carries a request id

  Scenario: A second call with another Schedule updates the schedule; there is still only one
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _1_DAY_           |
    Then the MWS response is a ManageReportScheduleResponse
    And the result Count is 1
    And the seller's schedules are exactly:
      | ReportType        | Schedule |
      | _GET_ORDERS_DATA_ | _1_DAY_  |

  Scenario: Schedule _NEVER_ deletes the schedule
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _NEVER_           |
    Then the response status is 200
    And the seller's schedules are exactly:
      | ReportType | Schedule |

  @stub-choice
  Scenario: Deleting answers with the deleted schedule, its Schedule set to _NEVER_
    # Our choice (README): the docs show no response for a deletion; Count says what changed.
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _NEVER_           |
    Then the result holds exactly these schedules:
      | ReportType        | Schedule |
      | _GET_ORDERS_DATA_ | _NEVER_  |
    And the result Count is 1

  Scenario: Schedules of different report types live side by side
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_ |
      | Schedule   | _72_HOURS_                            |
    Then the response status is 200
    And the seller's schedules are exactly:
      | ReportType                            | Schedule   |
      | _GET_ORDERS_DATA_                     | _30_DAYS_  |
      | _GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_ | _72_HOURS_ |

  Scenario: ScheduleDate sets the date of the next report request
    When the seller calls ManageReportSchedule with ScheduleDate 30 days from now for _GET_ORDERS_DATA_ reports _1_WEEK_
    Then the response status is 200
    And the scheduled date is the one sent

  Scenario: A ScheduleDate more than 366 days ahead is refused and changes nothing
    # Seed: ScheduleDate "cannot be more than 366 days from now".
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with ScheduleDate 400 days from now for _GET_ORDERS_DATA_ reports _1_WEEK_
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller's schedules are exactly:
      | ReportType        | Schedule  |
      | _GET_ORDERS_DATA_ | _30_DAYS_ |

  Scenario: A ScheduleDate that is not a date-time is refused
    When the seller calls ManageReportSchedule with the invalid parameters:
      | ReportType   | _GET_ORDERS_DATA_ |
      | Schedule     | _1_DAY_           |
      | ScheduleDate | next tuesday      |
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller has no report schedules

  @strict-report-types
  Scenario: A report type that is neither an order report nor an Amazon Product Ads report cannot be scheduled
    # Seed: only order reports and Amazon Product Ads reports can be scheduled (the live service was looser:
    # run the stub with --mws-report-types lenient and exclude this tag to get that behaviour).
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_MERCHANT_LISTINGS_DATA_ |
      | Schedule   | _1_DAY_                      |
    Then the MWS error is 400 "InvalidReportType"
    And the seller has no report schedules

  Scenario: An unknown Schedule value is refused
    When the seller calls ManageReportSchedule with the invalid parameters:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _3_WEEKS_         |
    Then the MWS error is 400 "InvalidScheduleFrequency"
    And the seller has no report schedules

  Scenario Outline: Real clients' ways of calling reach the same action (<style>)
    # Reference: the official Java client posts a form to / with Merchant; ScaleLeap posts a form to
    # /Reports/2009-01-01; npm amazon-mws puts every parameter in the query of a POST sent as text/xml.
    When the seller calls ManageReportSchedule as <style> with:
      | ReportType | _GET_FLAT_FILE_ORDERS_DATA_ |
      | Schedule   | _15_DAYS_                   |
    Then the MWS response is a ManageReportScheduleResponse
    And the seller's schedules are exactly:
      | ReportType                  | Schedule  |
      | _GET_FLAT_FILE_ORDERS_DATA_ | _15_DAYS_ |

    Examples:
      | style                             |
      | a form posted to /                |
      | a form posted to the section path |
      | a query string on a text/xml POST |
      | a form naming the seller Merchant |
