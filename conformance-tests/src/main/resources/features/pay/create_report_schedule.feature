@pay
Feature: Create Report Schedule
  POST /v2/report-schedules creates a schedule that creates reports of one type at a fixed frequency.
  Source: Amazon's "Managing report schedules" page (the seed) and the official SDKs' request bodies.

  Background:
    Given a merchant with no report schedules

  Scenario: The documentation's own example request is accepted as written
    # Seed: the example body, with its hyphenated time 2022-08-06T23-59-59Z, and "201 if successful".
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
    # Seed: nextReportCreationTime is an ISO 8601 date-time; the SDKs send the basic form. Answers use the basic form.
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
    # SDKs: every SDK sends deleteExistingSchedule in the body.
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
    # Seed: "Only one schedule per report type allowed" limits schedules per type, not per merchant.
    Given the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_ reports every PT4H from "20221118T150630Z"
    Then the response status is 201
    And the merchant has 2 report schedules

  Scenario: A report type that does not support schedules is refused
    # Docs (Reports page): the multi-currency payments report "does not support schedule creation".
    When the merchant creates a schedule for _GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_ reports every P1D from "20221118T150630Z"
    Then the response is a client error
    And the merchant has no report schedules
