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
    Without deleteExistingSchedule, a create for a report type already scheduled MUST NOT create a schedule (no 201) and MUST leave the existing one unchanged.
    Source: the seed ("Only one schedule per report type allowed"; deleteExistingSchedule defaults to false). Amazon documents no status for this case: the 400 is checked as a stub choice below.
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D from "20221118T150630Z"
    Then the request creates no schedule
    And the merchant still has only the existing schedule, unchanged

  Scenario Outline: deleteExistingSchedule false refuses the second schedule (<where>, as <form>)
    With deleteExistingSchedule false, in the query or in the body, a create for a report type already scheduled MUST NOT create a schedule (no 201) and MUST leave the existing one unchanged.
    Source: the seed (deleteExistingSchedule, a query parameter, default false; one schedule per report type); the official SDKs send it in the body, the Java SDK's README as the text "false".
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D with deleteExistingSchedule <value> in the <where>
    Then the request creates no schedule
    And the merchant still has only the existing schedule, unchanged

    Examples:
      | where | form    | value   |
      | query | text    | "false" |
      | body  | boolean | false   |
      | body  | text    | "false" |

  Scenario Outline: deleteExistingSchedule true replaces the existing schedule (<where>, as <form>)
    With deleteExistingSchedule true, in the query or in the body, a create MUST replace the type's existing schedule: 201 with a new id, the old id answers 404, only the new schedule is listed.
    Source: the seed ("If true deletes an existing report schedule for the given report type"); the official SDKs send the flag in the body, the Java SDK's README as text (README, Choices).
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
    A create for a report type already scheduled, without deleteExistingSchedule true, MUST be refused with 400 InvalidRequest and a message naming the existing schedule's id.
    Source: this project's choice (README, Choices): Amazon documents no status for this case and no 409; its documented client-side refusals are 400s with a reason code.
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D from "20221118T150630Z"
    Then the response status is 400
    And the error reason code is "InvalidRequest"
    And the error message names the existing schedule's id

  Scenario: deleteExistingSchedule true with no existing schedule simply creates one
    With deleteExistingSchedule true, a create for a report type not yet scheduled MUST simply create the schedule (201) and leave the merchant's other schedules alone.
    Source: the seed (deleteExistingSchedule "deletes an existing report schedule for the given report type"; Create returns 201).
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D with deleteExistingSchedule true in the body
    Then the response status is 201
    And the merchant has 2 report schedules
