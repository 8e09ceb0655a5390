@mws
Feature: Common parameters, signatures and errors
  Source: MWS developer guide (required request parameters, Signature Version 2, error codes and statuses).
  Every error is an XML ErrorResponse with Type, Code, Message and RequestId, and changes nothing.

  Background:
    Given a seller with no report schedules

  Scenario Outline: A request without <parameter> is refused with MissingParameter
    A request without one of the required parameters, otherwise correctly signed, MUST be refused with 400 MissingParameter and MUST NOT change anything.
    Source: MWS developer guide (required request parameters; MissingParameter, 400); the seed (ReportType and Schedule are required).
    When the seller calls ManageReportSchedule without <parameter>
    Then the MWS error is 400 "MissingParameter"
    And the seller has no report schedules

    Examples:
      | parameter        |
      | AWSAccessKeyId   |
      | SellerId         |
      | SignatureMethod  |
      | SignatureVersion |
      | Timestamp        |
      | Version          |
      | Signature        |
      | ReportType       |
      | Schedule         |

  Scenario: An Action the section does not have is refused with InvalidAddress
    An Action the Reports section does not have MUST be refused with 404 InvalidAddress.
    Source: MWS developer guide errors (InvalidAddress, 404).
    When the seller calls the unknown action GetReportScheduleFoo
    Then the MWS error is 404 "InvalidAddress"

  Scenario: A wrong Version is refused
    A Version other than 2009-01-01 MUST be refused with 400 InvalidParameterValue and MUST NOT change anything.
    Source: MWS developer guide (Version, a required parameter: 2009-01-01 for Reports; InvalidParameterValue, 400).
    When the seller calls ManageReportSchedule with Version "2011-01-01"
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller has no report schedules

  @signing
  Scenario: A request whose signature does not match is refused and changes nothing
    A request whose Signature does not match its parameters MUST be refused with 403 SignatureDoesNotMatch and MUST NOT change anything.
    Source: MWS developer guide (Signature Version 2; SignatureDoesNotMatch, 403).
    When the seller calls ManageReportSchedule with a tampered signature
    Then the MWS error is 403 "SignatureDoesNotMatch"
    And the seller has no report schedules

  @signing
  Scenario: A request signed with the wrong secret is refused
    A request signed with another secret than the access key's MUST be refused with 403 SignatureDoesNotMatch and MUST NOT change anything.
    Source: MWS developer guide (Signature Version 2; SignatureDoesNotMatch, 403).
    When the seller calls ManageReportSchedule signed with the wrong secret
    Then the MWS error is 403 "SignatureDoesNotMatch"
    And the seller has no report schedules

  @signing
  Scenario: HmacSHA1 signatures are accepted as well as HmacSHA256
    A request signed with HmacSHA1 MUST be accepted just as one signed with HmacSHA256.
    Source: MWS developer guide (SignatureMethod: HmacSHA256 or HmacSHA1).
    When the seller calls ManageReportSchedule signed with HmacSHA1
    Then the MWS response is a ManageReportScheduleResponse

  Scenario: Every reply carries the x-mws headers real clients read, errors included
    Every reply, errors included, MUST carry x-mws-request-id, x-mws-timestamp, x-mws-response-context and the x-mws-quota-* headers.
    Source: the live service's replies as recorded (2020); the official MWS Java client reads exactly these.
    When the seller calls GetReportScheduleCount
    Then the reply carries the x-mws headers
    When the seller calls the unknown action GetReportScheduleFoo
    Then the reply carries the x-mws headers

  Scenario Outline: An MWS request to a path that is no section of the service is refused with InvalidAddress (<path>)
    A form-encoded MWS request to a path that is not one of the service's sections MUST be answered 404 InvalidAddress in an XML ErrorResponse.
    Source: MWS developer guide errors (InvalidAddress, 404); the contract (InvalidAddress: the path is not a section of the service).
    When the seller calls GetReportScheduleCount at the path <path>
    Then the MWS error is 404 "InvalidAddress"

    Examples:
      | path               |
      | /Orders/2013-09-01 |
      | /reports/2009-01-01 |

  Scenario: _NEVER_ with a ScheduleDate that is no date-time is refused and deletes nothing
    A ScheduleDate that is not an ISO 8601 date-time MUST be refused with 400 InvalidParameterValue whatever the Schedule, _NEVER_ included, and MUST NOT delete the schedule.
    Source: the seed (ScheduleDate: xs:dateTime in ISO 8601 form); MWS developer guide (InvalidParameterValue, 400).
    Given the seller has scheduled _GET_ORDERS_DATA_ reports _1_DAY_
    When the seller calls ManageReportSchedule with the invalid parameters:
      | ReportType   | _GET_ORDERS_DATA_ |
      | Schedule     | _NEVER_           |
      | ScheduleDate | junk              |
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller's schedules are exactly:
      | ReportType        | Schedule |
      | _GET_ORDERS_DATA_ | _1_DAY_  |

  @stub-choice
  Scenario: A SellerId and a Merchant naming different sellers are refused
    A request whose SellerId and Merchant name different sellers MUST be refused with 400 InvalidParameterValue and MUST NOT change anything.
    Source: this project's choice (README, Choices): MWS documents SellerId and, in its Java client, Merchant for the same value, and no rule for both.
    When the seller calls ManageReportSchedule with the invalid parameters:
      | ReportType | _GET_ORDERS_DATA_ |
      | Schedule   | _1_DAY_           |
      | Merchant   | A-DIFFERENT-SELLER |
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller has no report schedules
