@mws
Feature: Common parameters, signatures and errors
  Source: MWS developer guide (required request parameters, Signature Version 2, error codes and statuses).
  Every error is an XML ErrorResponse with Type, Code, Message and RequestId, and changes nothing.

  Background:
    Given a seller with no report schedules

  Scenario Outline: A request without <parameter> is refused with MissingParameter
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
    When the seller calls the unknown action GetReportScheduleFoo
    Then the MWS error is 404 "InvalidAddress"

  Scenario: A wrong Version is refused
    When the seller calls ManageReportSchedule with Version "2011-01-01"
    Then the MWS error is 400 "InvalidParameterValue"
    And the seller has no report schedules

  @signing
  Scenario: A request whose signature does not match is refused and changes nothing
    When the seller calls ManageReportSchedule with a tampered signature
    Then the MWS error is 403 "SignatureDoesNotMatch"
    And the seller has no report schedules

  @signing
  Scenario: A request signed with the wrong secret is refused
    When the seller calls ManageReportSchedule signed with the wrong secret
    Then the MWS error is 403 "SignatureDoesNotMatch"
    And the seller has no report schedules

  @signing
  Scenario: HmacSHA1 signatures are accepted as well as HmacSHA256
    When the seller calls ManageReportSchedule signed with HmacSHA1
    Then the MWS response is a ManageReportScheduleResponse

  Scenario: Every reply carries the x-mws headers real clients read, errors included
    When the seller calls GetReportScheduleCount
    Then the reply carries the x-mws headers
    When the seller calls the unknown action GetReportScheduleFoo
    Then the reply carries the x-mws headers
