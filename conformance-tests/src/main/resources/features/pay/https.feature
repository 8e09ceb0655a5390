@pay @https
Feature: Amazon Pay over HTTPS
  Amazon Pay answers only at https://pay-api.amazon.com, and the official SDKs build only https URLs: a target
  claiming https MUST serve the same operations over TLS, with a certificate its clients can be told to trust.
  Source: the seed (every Amazon Pay v2 endpoint is https://pay-api.amazon.com/...) and the official SDKs.

  Scenario: A schedule is created and read back over HTTPS
    Over the profile's https base URI, Create Report Schedule MUST answer 201 and the schedule MUST then be listed (or a later run of it, once it has fired).
    Source: the seed (Create Report Schedule "Returns HTTP 201"; every endpoint is https); the official SDKs connect only over https.
    Given the target's Amazon Pay base URI is HTTPS
    And a merchant with no report schedules
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ reports every P1D from "20221118T150630Z"
    Then the response status is 201
    And the merchant's schedules are exactly:
      | reportType                                    | scheduleFrequency | nextReportCreationTime |
      | _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ | P1D               | 20221118T150630Z       |
