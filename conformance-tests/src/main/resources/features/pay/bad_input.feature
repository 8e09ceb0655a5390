@pay
Feature: Bad input is refused clearly and changes nothing
  Every bad request gets a 4xx with the Amazon Pay error body {reasonCode, message}, never a 500 and never
  a stack trace, and leaves the merchant's schedules as they were.
  Source: Amazon Pay "error handling" page (status codes and reason codes); the contract's schemas.

  Background:
    Given a merchant with no report schedules
    And the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D

  Scenario Outline: A create request with <problem> is refused and changes nothing
    A create request with a missing, null, unknown or malformed value, an unknown field or a body that is not a JSON
    object MUST be refused with a 4xx and Amazon Pay's error body, and MUST NOT change the merchant's schedules.
    Source: the seed (required fields and their types); Amazon Pay "error handling" page (400 reason codes, error body). The reason code per input is this project's choice (README, Choices), checked only for targets claiming stub-choice.
    When the merchant tries to create a schedule with the body:
      """
      <body>
      """
    Then the response is a client error
    And the merchant still has only the existing schedule, unchanged
    And the error reason code is "<reasonCode>" if the target claims stub-choice

    Examples:
      | problem                         | reasonCode            | body                                                                                                                                    |
      | no reportType                   | MissingParameterValue | {"scheduleFrequency": "P1D", "nextReportCreationTime": "20221118T150630Z"}                                                              |
      | an unknown reportType           | InvalidParameterValue | {"reportType": "_GET_NO_SUCH_REPORT_", "scheduleFrequency": "P1D", "nextReportCreationTime": "20221118T150630Z"}                          |
      | no scheduleFrequency            | MissingParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "nextReportCreationTime": "20221118T150630Z"}                          |
      | an unknown scheduleFrequency    | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "scheduleFrequency": "P2W", "nextReportCreationTime": "20221118T150630Z"} |
      | no nextReportCreationTime       | MissingParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "scheduleFrequency": "P1D"}                                             |
      | a malformed date-time           | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "scheduleFrequency": "P1D", "nextReportCreationTime": "tomorrow"}        |
      | an impossible date              | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "scheduleFrequency": "P1D", "nextReportCreationTime": "20221318T150630Z"} |
      | a null reportType               | MissingParameterValue | {"reportType": null, "scheduleFrequency": "P1D", "nextReportCreationTime": "20221118T150630Z"}                                          |
      | an unknown field                | UnrecognizedField     | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "scheduleFrequency": "P1D", "nextReportCreationTime": "20221118T150630Z", "colour": "red"} |
      | a non-boolean flag              | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_", "scheduleFrequency": "P1D", "nextReportCreationTime": "20221118T150630Z", "deleteExistingSchedule": "yes"} |
      | malformed JSON                  | InvalidRequestFormat  | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_",                                                                         |
      | a JSON array instead of object  | InvalidRequestFormat  | []                                                                                                                                      |
      | a null flag                     | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_", "scheduleFrequency": "P7D", "nextReportCreationTime": "20221118T150630Z", "deleteExistingSchedule": null} |
      | a date-time with a trailing space | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "scheduleFrequency": "P1D", "nextReportCreationTime": "20221118T150630Z "} |

  Scenario: A create request without a body is refused
    A create request without a body MUST be refused with a 4xx and Amazon Pay's error body, and MUST NOT change the merchant's schedules.
    Source: the seed (reportType, scheduleFrequency and nextReportCreationTime are required body fields); Amazon Pay "error handling" page.
    When the merchant sends POST /v2/report-schedules with content type "application/json" and no body
    Then the response is a client error
    And the response has an Amazon Pay error body
    And the merchant still has only the existing schedule, unchanged

  Scenario: A create request that is not JSON is refused
    A create request whose body is not JSON MUST be refused with a 4xx and Amazon Pay's error body, and MUST NOT change the merchant's schedules.
    Source: the seed (a JSON request body); Amazon Pay "error handling" page (InvalidHeaderValue, InvalidRequestFormat).
    When the merchant sends POST /v2/report-schedules with content type "text/plain" and the body "reportType=_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"
    Then the response is a client error
    And the response has an Amazon Pay error body
    And the merchant still has only the existing schedule, unchanged

  Scenario: A deleteExistingSchedule query value that is not a boolean is refused
    A deleteExistingSchedule value that is neither true nor false MUST be refused with a 4xx and Amazon Pay's error body, and MUST NOT replace the existing schedule.
    Source: the seed (deleteExistingSchedule: query parameter, type boolean); Amazon Pay "error handling" page (InvalidParameterValue).
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P7D with deleteExistingSchedule "maybe" in the query
    Then the response is a client error
    And the merchant still has only the existing schedule, unchanged

  Scenario Outline: A request to a path the API does not have answers 404 in the API's format
    A request to a path that is none of the API's operations MUST be answered 404 with Amazon Pay's error body.
    Source: Amazon Pay "error handling" page (404 ResourceNotFound, the {reasonCode, message} body of every error).
    When the merchant sends <method> <path> with content type "application/json" and no body
    Then the response status is 404
    And the response has an Amazon Pay error body

    Examples:
      | method | path                         |
      | GET    | /v2/no-such-thing            |
      | GET    | /v3/report-schedules         |
      | DELETE | /v2/report-schedules/1/extra |

  Scenario: A method the operation does not support is refused with the API's error body
    A method an operation does not support MUST be refused with a 4xx and Amazon Pay's error body, and MUST NOT change the merchant's schedules.
    Source: Amazon Pay "error handling" page (405 UnsupportedOperation, RequestNotSupported).
    When the merchant sends PUT /v2/report-schedules with content type "application/json" and the body "{}"
    Then the response is a client error
    And the response has an Amazon Pay error body
    And the merchant still has only the existing schedule, unchanged

  @stub-choice
  Scenario: A create request naming a field twice is refused rather than read as its last value
    A create request whose JSON object gives a field twice MUST be refused with 400 InvalidParameterValue and MUST NOT change the merchant's schedules.
    Source: this project's choice (README, Choices): JSON leaves duplicate names undefined, and reading the last one would skip the rules the first one was checked by.
    When the merchant tries to create a schedule with the body:
      """
      {"reportType": "_GET_NO_SUCH_REPORT_", "scheduleFrequency": "P1D", "nextReportCreationTime": "20221118T150630Z", "reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"}
      """
    Then the response is a client error
    And the error reason code is "InvalidParameterValue"
    And the merchant still has only the existing schedule, unchanged

  Scenario Outline: An authorization header that names no one merchant clearly is refused (<problem>)
    An authorization header that is not Amazon Pay's "scheme PublicKeyId=..., SignedHeaders=..., Signature=..." MUST be refused with a 4xx and Amazon Pay's error body, whatever the target's signature checks, and MUST NOT change anything.
    Source: Amazon Pay "signing requests" (the header's form); Amazon Pay "error handling" page (InvalidHeaderValue). The reason code is checked only for targets claiming stub-choice.
    When the merchant lists their report schedules with the authorization header "<authorization>"
    Then the response is a client error
    And the response has an Amazon Pay error body
    And the error reason code is "InvalidHeaderValue" if the target claims stub-choice

    Examples:
      | problem                 | authorization                                                                                   |
      | two public key ids      | AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=LIVE-X, PublicKeyId=LIVE-Y, SignedHeaders=accept, Signature=c3R1Yg== |
      | a key id with a space   | AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=SP ACE, SignedHeaders=accept, Signature=c3R1Yg==             |
      | no Signature            | AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=LIVE-X, SignedHeaders=accept                                 |
