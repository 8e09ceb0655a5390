@pay
Feature: Paths, merchants and headers every Amazon Pay client relies on
  Source: Amazon Pay "reports" page (paths /v2, /live/v2 and /sandbox/v2 depending on the public key id);
  the official SDKs (some send a trailing slash; the Java SDK needs x-amz-pay-request-id on every response).

  Background:
    Given a merchant with no report schedules

  Scenario Outline: The operations are reachable as <prefix>, with or without a trailing slash
    Create, list, get and cancel MUST answer under /v2, /live/v2 and /sandbox/v2, with or without a trailing slash.
    Source: Amazon Pay "reports" page (the /v2, /live/v2 and /sandbox/v2 prefixes); the official SDKs (some add a trailing slash).
    When the merchant creates a schedule at "<prefix>/report-schedules<slash>" for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D
    Then the response status is 201
    When the merchant lists their report schedules at "<prefix>/report-schedules<slash>"
    Then the response status is 200
    And the listed schedules are exactly:
      | reportType                                    | scheduleFrequency |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ | P1D               |
    When the merchant gets the created schedule at "<prefix>/report-schedules/{id}<slash>"
    Then the response status is 200
    When the merchant cancels the created schedule at "<prefix>/report-schedules/{id}<slash>"
    Then the response status is 200

    Examples:
      | prefix      | slash |
      | /v2         |       |
      | /v2         | /     |

    # /live/v2 and /sandbox/v2 name the environment in the path: with the profile's key (LIVE-... or SANDBOX-...)
    # that is an identity in an environment the profile does not name and the Given step does not empty.
    @any-merchant
    Examples:
      | prefix      | slash |
      | /live/v2    |       |
      | /sandbox/v2 | /     |

  Scenario: One merchant never sees or changes another merchant's schedules
    A merchant MUST NOT list, get or cancel another merchant's schedules (a 4xx), and MUST be able to schedule a report type another merchant has scheduled.
    Source: the seed (the operations act on "your current report schedules"; one schedule per report type is per merchant).
    Given the merchant has a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D
    And a second merchant with no report schedules
    When the second merchant lists their report schedules
    Then the listed schedules are exactly:
      | reportType | scheduleFrequency |
    When the second merchant gets the existing schedule by id
    Then the response is a client error
    When the second merchant cancels the existing schedule
    Then the response is a client error
    When the second merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P7D from "20221118T150630Z"
    Then the response status is 201
    And the first merchant still has only the existing schedule, unchanged

  Scenario Outline: Every response carries x-amz-pay-request-id, errors included
    Every response, errors and unknown paths included, MUST carry a non-empty x-amz-pay-request-id header.
    Source: Amazon Pay docs (responses carry x-amz-pay-request-id); the official Java SDK fails without it.
    When the merchant sends <method> <path> with content type "application/json" and the body "<body>"
    Then the response carries a non-empty "x-amz-pay-request-id" header

    Examples:
      | method | path                            | body |
      | GET    | /v2/report-schedules            |      |
      | GET    | /v2/report-schedules/0          |      |
      | POST   | /v2/report-schedules            | {    |
      | GET    | /v2/unknown                     |      |
