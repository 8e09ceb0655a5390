@pay
Feature: Create Report Schedule
  POST /v2/report-schedules creates a schedule that creates reports of one type at a fixed frequency.
  Source: Amazon's "Managing report schedules" page (the seed) and the official SDKs' request bodies.

  Background:
    Given a merchant with no report schedules

  Scenario: The documentation's own example request is accepted as written
    The documentation's example request, hyphenated time included, MUST be accepted with 201 and a new reportScheduleId, and the schedule MUST
    then be listed with that type, frequency and time, in the basic ISO 8601 form (or a later run of it, whole periods on, once it has fired).
    Source: the seed (the Create Report Schedule example body; "Returns HTTP 201"; the seed's answers write times as 20221118T150630Z).
    When the merchant creates a schedule with the body:
      """
      {
          "reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_",
          "scheduleFrequency": "P1D",
          "nextReportCreationTime": "2022-08-06T23-59-59Z"
      }
      """
    Then the response status is 201
    And the response names a new report schedule id
    And the merchant's schedules are exactly:
      | reportType                                             | scheduleFrequency | nextReportCreationTime |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ | P1D               | 20220806T235959Z       |

  Scenario Outline: A schedule is created from each form of date-time a client sends
    A nextReportCreationTime in ISO 8601 basic or extended form, with Z or an offset, MUST be accepted and answered as the same instant in the basic
    UTC form (or a later run of it, whole periods on, once it has fired).
    Source: the seed (nextReportCreationTime: "date-time ISO 8601"; its answers use 20221118T150630Z); the official SDKs send the basic form.
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every <frequency> from "<sent>"
    Then the response status is 201
    And the merchant's schedules are exactly:
      | reportType                                    | scheduleFrequency | nextReportCreationTime |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ | <frequency>       | <answered>             |

    Examples:
      | sent                      | frequency | answered         |
      | 20221118T150630Z          | P1D       | 20221118T150630Z |
      | 2022-11-18T15:06:30Z      | PT12H     | 20221118T150630Z |
      | 2022-11-18T16:06:30+01:00 | P7D       | 20221118T150630Z |

  Scenario: The body as the official SDKs send it, with deleteExistingSchedule false, is accepted
    A create body that carries deleteExistingSchedule false, as the official SDKs send it, MUST be accepted with 201 for a type not yet scheduled.
    Source: the official Amazon Pay SDKs (Java, .NET, Node, PHP, Ruby send deleteExistingSchedule in the body).
    When the merchant creates a schedule with the body:
      """
      {
          "reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_",
          "scheduleFrequency": "P14D",
          "nextReportCreationTime": "20221118T150630Z",
          "deleteExistingSchedule": false
      }
      """
    Then the response status is 201
    And the response names a new report schedule id

  Scenario: Schedules for different report types live side by side
    A merchant MUST be able to hold schedules for different report types at the same time.
    Source: the seed ("Only one schedule per report type allowed" limits schedules per type, not per merchant).
    Given the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_ reports every PT4H from "20221118T150630Z"
    Then the response status is 201
    And the merchant has 2 report schedules

  Scenario: A report type that does not support schedules is refused
    A schedule for the multi-currency payments report MUST be refused with a 4xx and MUST NOT be created.
    Source: Amazon Pay "Reports" page (that report "does not support schedule creation").
    When the merchant creates a schedule for _GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_ reports every P1D from "20221118T150630Z"
    Then the response is a client error
    And the merchant has no report schedules
