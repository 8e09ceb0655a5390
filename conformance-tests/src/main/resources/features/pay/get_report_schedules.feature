@pay
Feature: Get Report Schedules
  GET /v2/report-schedules lists the caller's schedules, optionally filtered by a comma-separated reportTypes.
  Source: the seed (request parameter reportTypes, response {"reportSchedules": [...]}).

  Background:
    Given a merchant with no report schedules

  Scenario: A merchant without schedules gets an empty list
    When the merchant lists their report schedules
    Then the response status is 200
    And the merchant's schedules are exactly:
      | reportType | scheduleFrequency |

  Scenario: The list can be filtered by report types
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
    Given the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D
    When the merchant lists their report schedules for report types "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"
    Then the response status is 200
    And the listed schedules are exactly:
      | reportType | scheduleFrequency |

  @stub-choice
  Scenario: An unknown report type in the filter is refused rather than ignored
    # Our choice: a typo must not silently return an empty or a full list.
    When the merchant lists their report schedules for the unknown report type "_GET_NO_SUCH_REPORT_"
    Then the response status is 400
    And the error reason code is "InvalidParameterValue"
