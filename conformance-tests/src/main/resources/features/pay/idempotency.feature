@pay @idempotency
Feature: Idempotency keys on Create Report Schedule
  A POST carrying x-amz-pay-idempotency-key can be sent again safely: the same key with the same request gets
  the first answer and creates nothing, the same key with another request is refused. Keys belong to one
  merchant account.
  Source: Amazon Pay "idempotency" page; the official SDKs send a key on every POST (the Java SDK a random UUID
  without dashes).

  Background:
    Given a merchant with no report schedules

  Scenario: A create sent again with the same key and body gets the first answer and creates nothing
    A repeated POST with the same idempotency key and the same body MUST answer the original status and body, and MUST NOT create a second schedule.
    Source: Amazon Pay "idempotency" page (a repeated request returns the saved response).
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D with a new idempotency key
    Then the response status is 201
    When the merchant sends the same create again with the same idempotency key
    Then the response status is 201
    And the response body is the first create's body
    And the merchant's schedules are exactly:
      | reportType                                    | scheduleFrequency |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ | P1D               |

  @stub-choice
  Scenario: A body laid out differently with the same values is the same request
    A repeat whose JSON has the same values in another field order and spacing MUST be answered as the same request: the original status and body, no second schedule.
    Source: this project's choice (Amazon's page compares the request's values; JSON field order and whitespace carry none).
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_ reports every PT12H with a new idempotency key
    Then the response status is 201
    When the merchant sends the same create again with the same idempotency key, its fields in another order and spacing
    Then the response status is 201
    And the response body is the first create's body
    And the merchant has 1 report schedules

  Scenario: The same key with a different request is refused and changes nothing
    A POST that reuses an idempotency key with different values MUST be refused with 400 DuplicateIdempotencyKey, and MUST NOT change the merchant's schedules.
    Source: Amazon Pay "idempotency" page (the same key with changed values: 400 DuplicateIdempotencyKey).
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D with a new idempotency key
    Then the response status is 201
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_ reports every P7D with the same idempotency key
    Then the response status is 400
    And the error reason code is "DuplicateIdempotencyKey"
    And the merchant's schedules are exactly:
      | reportType                                    | scheduleFrequency |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ | P1D               |

  Scenario Outline: A malformed idempotency key is refused and nothing is created (<why>)
    An idempotency key that is longer than 32 characters or holds characters other than A-Z, a-z, 0-9, - and _ MUST be refused with 400 InvalidHeaderValue, and nothing MUST be created.
    Source: Amazon Pay "idempotency" page (at most 32 characters from [A-Za-z0-9-_]); Amazon Pay's reason codes (InvalidHeaderValue for a header's value).
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D with the idempotency key "<key>"
    Then the response status is 400
    And the error reason code is "InvalidHeaderValue"
    And the merchant has no report schedules

    Examples:
      | key                               | why                   |
      | 0f8fad5bd9cb469fa16570867728950e1 | 33 characters         |
      | 0f8fad5b.d9cb.469f                | dots                  |
      | 0f8fad5b d9cb 469f                | spaces                |

  Scenario: Another merchant may use the same key for a schedule of its own
    Keys MUST be scoped to one merchant: another merchant's POST with the same key MUST create that merchant's own schedule (201), not replay or refuse.
    Source: Amazon Pay "idempotency" page (keys are scoped per merchant account).
    Given a second merchant with no report schedules
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D with a new idempotency key
    Then the response status is 201
    When the second merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D with the same idempotency key
    Then the response status is 201
    And the response names another schedule than the first create
    When the second merchant lists their report schedules
    Then the listed schedules are exactly:
      | reportType                                    | scheduleFrequency |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ | P1D               |
