@pay @signing
Feature: Amazon Pay request signatures
  Every Amazon Pay request is signed with the merchant's private key (RSASSA-PSS, AMZN-PAY-RSASSA-PSS-V2) over
  the method, path, query, the headers it names and the body's SHA-256; the target verifies it with the public
  key registered under the header's PublicKeyId. The suite signs as the official SDKs do, as a profile merchant
  with a private key, or as a merchant whose public key it registers through this project's admin API.
  Source: Amazon Pay "signing requests" page; the official SDKs (amazon-pay-api-sdk-java 2.6.7 RequestSigner).

  Background:
    Given a signing merchant with no report schedules

  Scenario: A request signed with the merchant's key is accepted
    A request signed with the merchant's private key, as the official SDKs sign it, MUST be accepted.
    Source: Amazon Pay "signing requests" page; the official SDKs' own requests against the live service.
    When the merchant creates a schedule for _GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_ reports every P1D from "20221118T150630Z"
    Then the response status is 201
    And the merchant has 1 report schedules

  Scenario: A request whose body was changed after signing is refused and changes nothing
    A request whose body differs from the one signed MUST be refused with 403 InvalidRequestSignature and MUST NOT change anything.
    Source: Amazon Pay "signing requests" page (the body's hash is signed); Amazon Pay "error handling" page (403 InvalidRequestSignature).
    When the merchant creates a schedule whose body is changed after signing
    Then the response status is 403
    And the error reason code is "InvalidRequestSignature"
    And the merchant has no report schedules

  Scenario: A request whose query was changed after signing is refused
    A request whose query differs from the one signed MUST be refused with 403 InvalidRequestSignature.
    Source: Amazon Pay "signing requests" page (the canonical query is signed); Amazon Pay "error handling" page (403 InvalidRequestSignature).
    When the merchant lists their report schedules with a query changed after signing
    Then the response status is 403
    And the error reason code is "InvalidRequestSignature"

  Scenario: A request dated an hour ahead of the target's clock is refused and changes nothing
    A signed request whose x-amz-pay-date lies an hour ahead of the target's clock MUST be refused with 400 InvalidHeaderValue and MUST NOT change anything.
    Source: the live service's answer as reported in the SDKs' issue threads (400 InvalidHeaderValue, "should not be in future").
    When the merchant creates a schedule signed with an x-amz-pay-date an hour ahead of the target's clock
    Then the response status is 400
    And the error reason code is "InvalidHeaderValue"
    And the merchant has no report schedules

  Scenario: A malformed authorization header is refused
    A request whose authorization header lacks SignedHeaders MUST be refused with a 4xx and Amazon Pay's error body.
    Source: Amazon Pay "signing requests" page (the header's form); Amazon Pay "error handling" page. The reason code, 400 InvalidHeaderValue, is this project's choice (README, Choices), checked only for targets claiming stub-choice.
    When the merchant lists their report schedules with an authorization header that has no SignedHeaders
    Then the response is a client error
    And the error reason code is "InvalidHeaderValue" if the target claims stub-choice

  @strict-signing
  Scenario: An unsigned request is refused
    A request without an authorization header MUST be refused with a 4xx and Amazon Pay's error body.
    Source: Amazon Pay "signing requests" page (every request is signed). The reason code, 400 MissingHeader, is this project's choice (README, Choices), checked only for targets claiming stub-choice.
    When a request without an authorization header lists report schedules
    Then the response is a client error
    And the error reason code is "MissingHeader" if the target claims stub-choice

  @strict-signing
  Scenario: A request signed with a key the target does not know is refused
    A request signed under a public key id the target has no key for MUST be refused with 403 and Amazon Pay's error body.
    Source: Amazon Pay "error handling" page (403 for credentials that cannot be authenticated). The reason code, InvalidAuthentication, is this project's choice (README, Choices), checked only for targets claiming stub-choice.
    When a merchant whose key the target does not know lists their report schedules
    Then the response status is 403
    And the response has an Amazon Pay error body
    And the error reason code is "InvalidAuthentication" if the target claims stub-choice
