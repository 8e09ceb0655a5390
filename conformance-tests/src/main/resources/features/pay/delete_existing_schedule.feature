@pay
Feature: One schedule per report type, and the deleteExistingSchedule rule
  A merchant has at most one schedule per report type. deleteExistingSchedule=true replaces the existing one;
  without it, or with false, the request is refused and nothing changes.
  Source: the seed ("Only one schedule per report type allowed"; "If true deletes an existing report schedule
  for the given report type"; default false). The docs put the flag in the query, the SDKs in the body, as a
  boolean or as the text "true"/"false".

  Background:
    Given a merchant with no report schedules
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D

  Scenario: Without deleteExistingSchedule a second schedule for the same type is refused
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D from "20221118T150630Z"
    Then the response is a client error
    And the error message names the existing schedule's id
    And the merchant still has only the existing schedule, unchanged

  Scenario Outline: deleteExistingSchedule false refuses the second schedule (<where>, as <form>)
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D with deleteExistingSchedule <value> in the <where>
    Then the response is a client error
    And the error message names the existing schedule's id
    And the merchant still has only the existing schedule, unchanged

    Examples:
      | where | form    | value   |
      | query | text    | "false" |
      | body  | boolean | false   |
      | body  | text    | "false" |

  Scenario Outline: deleteExistingSchedule true replaces the existing schedule (<where>, as <form>)
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D with deleteExistingSchedule <value> in the <where>
    Then the response status is 201
    And the response names a new report schedule id
    And getting the existing schedule by id answers 404 "ResourceNotFound"
    And the merchant's schedules are exactly:
      | reportType                                             | scheduleFrequency |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ | P7D               |

    Examples:
      | where | form    | value  |
      | query | text    | "true" |
      | body  | boolean | true   |
      | body  | text    | "true" |

  @stub-choice
  Scenario: The refusal is a 400 InvalidRequest by default
    # Our choice (README, "Choices"): Amazon documents no status for this case and lists no 409; every
    # documented client-side refusal of Amazon Pay v2 is a 400 with a reason code.
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D from "20221118T150630Z"
    Then the response status is 400
    And the error reason code is "InvalidRequest"

  Scenario: deleteExistingSchedule true with no existing schedule simply creates one
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D with deleteExistingSchedule true in the body
    Then the response status is 201
    And the merchant has 2 report schedules
