@pay
Feature: Get Report Schedules
  GET /v2/report-schedules lists the caller's schedules, optionally filtered by a comma-separated reportTypes.
  Source: the seed (request parameter reportTypes, response {"reportSchedules": [...]}).

  Background:
    Given a merchant with no report schedules

  Scenario: A merchant without schedules gets an empty list
    Get Report Schedules MUST answer 200 with an empty reportSchedules list for a merchant without schedules.
    Source: the seed (Get Report Schedules answers 200 with {"reportSchedules": [...]}).
    When the merchant lists their report schedules
    Then the response status is 200
    And the merchant's schedules are exactly:
      | reportType | scheduleFrequency |

  Scenario: The list can be filtered by report types
    Get Report Schedules with reportTypes MUST list exactly the merchant's schedules of those report types.
    Source: the seed (reportTypes, a comma-separated list of ReportType; "Returns report schedule details that match the filters criteria specified").
    Given the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P7D
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_ reports every PT1H
    When the merchant lists their report schedules for report types "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_,_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_"
    Then the response status is 200
    And the listed schedules are exactly:
      | reportType                                     | scheduleFrequency |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_  | P7D               |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_ | PT1H              |

  Scenario: A filter that matches nothing gives an empty list, not an error
    A reportTypes filter that matches none of the merchant's schedules MUST answer 200 with an empty list, not an error.
    Source: the seed ("Returns report schedule details that match the filters criteria specified").
    Given the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D
    When the merchant lists their report schedules for report types "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"
    Then the response status is 200
    And the listed schedules are exactly:
      | reportType | scheduleFrequency |

  @stub-choice
  Scenario: An unknown report type in the filter is refused rather than ignored
    An unknown report type in reportTypes MUST be refused with 400 InvalidParameterValue, so that a typo never passes for an empty or a full list.
    Source: this project's choice (README, Choices: unknown type in the reportTypes filter).
    When the merchant lists their report schedules for the unknown report type "_GET_NO_SUCH_REPORT_"
    Then the response status is 400
    And the error reason code is "InvalidParameterValue"
