@mws @signing
Feature: Requests dated too far from the service's time are refused
  Source: AWS Common Errors (RequestExpired, 400: a request that reaches the service more than 15 minutes after
  its date stamp or its expiry date, or dated more than 15 minutes in the future). MWS requests carry Timestamp,
  or Expires instead, for this; MWS's own page for the error was not found again, so the 15 minutes and the 400
  are the AWS family's rule, as this project's README says (Choices).
  Requests are dated by the target's time as the suite knows it, so a target whose clock was moved still judges
  them by its own time.

  Background:
    Given a seller with no report schedules

  Scenario: A request dated 20 minutes before the service's time is refused and changes nothing
    A signed request whose Timestamp is more than 15 minutes before the service's time MUST be refused with 400 RequestExpired and MUST NOT change anything.
    Source: AWS Common Errors (RequestExpired: more than 15 minutes after the date stamp), the AWS family's rule for MWS as the README states it.
    When the seller calls ManageReportSchedule dated 20 minutes before the target's time
    Then the MWS error is 400 "RequestExpired"
    And the seller has no report schedules

  Scenario: A request dated 20 minutes ahead of the service's time is refused and changes nothing
    A signed request whose Timestamp is more than 15 minutes after the service's time MUST be refused with 400 RequestExpired and MUST NOT change anything.
    Source: AWS Common Errors (RequestExpired: a date stamp more than 15 minutes in the future), the AWS family's rule for MWS as the README states it.
    When the seller calls ManageReportSchedule dated 20 minutes after the target's time
    Then the MWS error is 400 "RequestExpired"
    And the seller has no report schedules

  Scenario: A request whose Expires passed 20 minutes ago is refused and changes nothing
    A signed request dated by Expires instead of Timestamp, reaching the service more than 15 minutes after its Expires, MUST be refused with 400 RequestExpired and MUST NOT change anything.
    Source: AWS Common Errors (RequestExpired: more than 15 minutes after the request's expiration date); Expires instead of Timestamp is the AWS query family's alternative, as the README states it.
    When the seller calls ManageReportSchedule expiring 20 minutes before the target's time
    Then the MWS error is 400 "RequestExpired"
    And the seller has no report schedules

  Scenario: A request dated 10 minutes ago is accepted
    A signed request whose Timestamp is within 15 minutes of the service's time MUST be accepted: clocks drift.
    Source: AWS Common Errors (RequestExpired only beyond 15 minutes), the AWS family's rule for MWS as the README states it.
    When the seller calls ManageReportSchedule dated 10 minutes before the target's time
    Then the MWS response is a ManageReportScheduleResponse
