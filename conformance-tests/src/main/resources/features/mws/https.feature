@mws @https
Feature: MWS over HTTPS
  MWS answers only at https://mws.amazonservices.com (and its regional hosts), and its client libraries are
  hard-wired to https: a target claiming https MUST serve the signed actions over TLS.
  Source: the seed (MWS endpoints are https) and the official MWS client libraries.

  Scenario: A schedule is managed and listed over HTTPS, its signature checked as over plain HTTP
    Over the profile's https base URI, a signed ManageReportSchedule MUST create the schedule and GetReportScheduleList MUST then list it.
    Source: the seed (ManageReportSchedule; endpoints are https); Signature Version 2 signs the host and path, not the scheme.
    Given the target's MWS base URI is HTTPS
    And a seller with no report schedules
    And the seller has scheduled _GET_ORDERS_DATA_ reports _30_DAYS_
    When the seller calls GetReportScheduleList
    Then the MWS response is a GetReportScheduleListResponse
    And the result holds exactly these schedules:
      | ReportType        | Schedule  |
      | _GET_ORDERS_DATA_ | _30_DAYS_ |
