@mws
Feature: ManageReportSchedule creates, updates and deletes the schedule of a report type
  Source: the seed (Amazon MWS ManageReportSchedule page): "If the ReportType/Schedule combination does not
  exist, a new schedule is created. If the ReportType is already scheduled with a different Schedule value,
  the schedule is updated. Setting Schedule to _NEVER_ deletes the schedule." Responses as the live service
  wrote them (namespace http://mws.amazonaws.com/doc/2009-01-01/, ReportSchedule elements before Count).

  Background:
    Given a seller with no report schedules

  # The seed's request carries its made-up MWSAuthToken (amzn.mws.4ea38b7b-...EXAMPLE) and the US marketplace:
  # a target MUST accept that authorization for the seller, which only one that accepts any identity does.
  @any-merchant
  Scenario: The seed's example request gets the seed's response
    The seed's example request (signed for this target) MUST be answered with a ManageReportScheduleResponse holding the _GET_ORDERS_DATA_ _30_DAYS_ schedule, Count 1 and the reply's request id.
    Source: the seed (ManageReportSchedule example request and response), in the namespace and element order of the live service as recorded (2020).
    When the seller sends the seed's example ManageReportSchedule request
    Then the MWS response is a ManageReportScheduleResponse
    And the result holds exactly these schedules:
      | ReportType        | Schedule  |
      | _GET_ORDERS_DATA_ | _30_DAYS_ |
    And the result Count is 1
    And the response metadata carries a request id

  Scenario: A second call with another Schedule updates the schedule; there is still only one
    ManageReportSchedule for a report type already scheduled with another Schedule MUST update that schedule, leaving one schedule for the type (Count 1).
    Source: the seed ("If the ReportType is already scheduled with a different Schedule value, the schedule is updated").
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
    ManageReportSchedule with Schedule _NEVER_ MUST delete the schedule of that report type.
    Source: the seed (setting Schedule to _NEVER_ deletes the schedule for that ReportType).
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _NEVER_           |
    Then the response status is 200
    And the seller's schedules are exactly:
      | ReportType | Schedule |

  @stub-choice
  Scenario: Deleting answers with the deleted schedule, its Schedule set to _NEVER_
    A _NEVER_ call MUST answer with the deleted schedule, its Schedule set to _NEVER_, and Count 1, so the client sees what changed.
    Source: this project's choice (README, Choices): the docs show no answer for a deletion.
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _NEVER_           |
    Then the result holds exactly these schedules:
      | ReportType        | Schedule |
      | _GET_ORDERS_DATA_ | _NEVER_  |
    And the result Count is 1

  Scenario: Schedules of different report types live side by side
    A seller MUST be able to hold schedules for different report types at the same time.
    Source: the seed (ManageReportSchedule acts on the schedule of one ReportType).
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
    A ScheduleDate within 366 days MUST be accepted and answered as the schedule's ScheduledDate.
    Source: the seed (ScheduleDate: the date of the next scheduled report request, ISO 8601, at most 366 days ahead; the answer's ReportSchedule).
    When the seller calls ManageReportSchedule with ScheduleDate 30 days from now for _GET_ORDERS_DATA_ reports _1_WEEK_
    Then the response status is 200
    And the scheduled date is the one sent

  Scenario: A ScheduleDate more than 366 days ahead is refused and changes nothing
    A ScheduleDate more than 366 days ahead MUST be refused with 400 InvalidParameterValue and MUST NOT change the seller's schedules.
    Source: the seed (ScheduleDate "cannot be more than 366 days from now"); MWS developer guide (InvalidParameterValue, 400).
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls ManageReportSchedule with ScheduleDate 400 days from now for _GET_ORDERS_DATA_ reports _1_WEEK_
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller's schedules are exactly:
      | ReportType        | Schedule  |
      | _GET_ORDERS_DATA_ | _30_DAYS_ |

  Scenario: A ScheduleDate that is not a date-time is refused
    A ScheduleDate that is not an ISO 8601 date-time MUST be refused with 400 InvalidParameterValue and MUST NOT create a schedule.
    Source: the seed (ScheduleDate: xs:dateTime in ISO 8601 form); MWS developer guide (InvalidParameterValue, 400).
    When the seller calls ManageReportSchedule with the invalid parameters:
      | ReportType   | _GET_ORDERS_DATA_ |
      | Schedule     | _1_DAY_           |
      | ScheduleDate | next tuesday      |
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller has no report schedules

  @strict-report-types
  Scenario: A report type that is neither an order report nor an Amazon Product Ads report cannot be scheduled
    A report type that is neither an order report nor an Amazon Product Ads report MUST be refused with 400 InvalidReportType and MUST NOT be scheduled.
    Source: the seed (only order reports and Amazon Product Ads reports can be scheduled); the live service was looser, hence the capability.
    When the seller calls ManageReportSchedule with:
      | ReportType | _GET_MERCHANT_LISTINGS_DATA_ |
      | Schedule   | _1_DAY_                      |
    Then the MWS error is 400 "InvalidReportType"
    And the seller has no report schedules

  Scenario: An unknown Schedule value is refused
    An unknown Schedule value MUST be refused with 400 InvalidScheduleFrequency and MUST NOT create a schedule.
    Source: MWS Schedule enumeration page; MWS Reports errors (InvalidScheduleFrequency).
    When the seller calls ManageReportSchedule with the invalid parameters:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _3_WEEKS_         |
    Then the MWS error is 400 "InvalidScheduleFrequency"
    And the seller has no report schedules

  Scenario Outline: Real clients' ways of calling reach the same action (<style>)
    ManageReportSchedule MUST work however real clients send it: a form posted to / or to /Reports/2009-01-01, every parameter in the query of a text/xml POST, the seller named Merchant.
    Source: the official MWS Java client (form to /, Merchant); ScaleLeap's client (form to /Reports/2009-01-01); npm amazon-mws (query on a text/xml POST).
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
