@pay @reports
Feature: Create Report
  POST /v2/reports asks for a report of one type over the period from startTime to endTime, now; it is then
  processed like a report a schedule made.
  Source: Amazon Pay "Reports" page (Create Report: reportType, startTime, endTime; 201 {"reportId"}); the
  contract's example request.

  Background:
    Given a merchant with no report schedules
    And the merchant's reports so far are noted

  Scenario: The contract's example request is accepted, and the report can then be read by id
    Create Report MUST answer a valid request with 201 and a reportId, and Get Report By Id MUST then answer that report, of the type and period asked for.
    Source: Amazon Pay "Reports" page (Create Report answers 201 {"reportId"}; Get Report By Id); the contract's example body.
    When the merchant asks for a report of _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ from "20221101T000000Z" to "20221114T074550Z"
    Then the response status is 201
    And the response names a new report id
    When the merchant gets the report by id
    Then the response is the report asked for: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ from "20221101T000000Z" to "20221114T074550Z"

  Scenario Outline: A Create Report request with <problem> is refused and creates nothing
    A Create Report request without reportType, startTime or endTime, with an unknown report type or a malformed time, with an endTime not after its startTime, or with a time in the future MUST be refused with a 4xx and Amazon Pay's error body, and MUST NOT create a report.
    Source: Amazon Pay "Reports" page (reportType, startTime and endTime are required); the contract (endTime after startTime, neither in the future); Amazon Pay "error handling" page (400 reason codes, error body). The reason code per input is this project's choice (README, Choices), checked only for targets claiming stub-choice.
    When the merchant tries to create a report with the body:
      """
      <body>
      """
    Then the response is a client error
    And the merchant's reports are still the ones noted
    And the error reason code is "<reasonCode>" if the target claims stub-choice

    Examples:
      | problem                     | reasonCode            | body                                                                                                                |
      | no reportType               | MissingParameterValue | {"startTime": "20221101T000000Z", "endTime": "20221114T074550Z"}                                                    |
      | no startTime                | MissingParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "endTime": "20221114T074550Z"}                      |
      | no endTime                  | MissingParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "startTime": "20221101T000000Z"}                    |
      | an unknown reportType       | InvalidParameterValue | {"reportType": "_GET_NO_SUCH_REPORT_", "startTime": "20221101T000000Z", "endTime": "20221114T074550Z"}              |
      | a malformed startTime       | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "startTime": "yesterday", "endTime": "20221114T074550Z"} |
      | an endTime before startTime | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "startTime": "20221114T074550Z", "endTime": "20221101T000000Z"} |
      | an endTime equal to startTime | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "startTime": "20221101T000000Z", "endTime": "20221101T000000Z"} |
      | an endTime in the future    | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "startTime": "20221101T000000Z", "endTime": "29990101T000000Z"} |
      | a period in the future      | InvalidParameterValue | {"reportType": "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "startTime": "29990101T000000Z", "endTime": "29990102T000000Z"} |
