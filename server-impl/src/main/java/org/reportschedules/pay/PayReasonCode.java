package org.reportschedules.pay;

/**
 * The reason codes of Amazon Pay API v2 errors, each with the status Amazon answers it with. The contract
 * lists the same codes and statuses ({@code x-reason-codes} on the Error schema of amazon-pay-reports.yaml);
 * a test keeps the two equal.
 */
public enum PayReasonCode {
    InvalidRequest(400),
    InvalidRequestFormat(400),
    InvalidParameterValue(400),
    MissingParameterValue(400),
    UnrecognizedField(400),
    InvalidHeaderValue(400),
    MissingHeader(400),
    MissingHeaderValue(400),
    InvalidParameterCombination(400),
    InvalidAPIVersion(400),
    InvalidSandboxSimulationSpecified(400),
    DuplicateIdempotencyKey(400),
    UnauthorizedAccess(401),
    InvalidAuthentication(403),
    InvalidAccountStatus(403),
    InvalidRequestSignature(403),
    InvalidAuthorizationToken(403),
    ResourceNotFound(404),
    UnsupportedOperation(405),
    RequestNotSupported(405),
    RequestTimeout(408),
    /** The stub's choice: Amazon documents no code for a body too large. */
    RequestEntityTooLarge(413),
    TooManyRequests(429),
    InternalServerError(500),
    ServiceUnavailable(503);

    private final int status;

    PayReasonCode(int status) {
        this.status = status;
    }

    /** The HTTP status Amazon answers this code with. */
    public int status() {
        return status;
    }
}
