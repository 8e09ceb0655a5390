package org.reportschedules.mws;

/**
 * The MWS error codes of the Reports section, each with its HTTP status and whether the sender or the
 * service is at fault. The contract lists the same codes and statuses ({@code x-error-codes} on the Code of
 * the MwsError schema in mws-reports.yaml); a test keeps the two equal.
 */
public enum MwsErrorCode {
    InputStreamDisconnected(400),
    InvalidParameterValue(400),
    MissingParameter(400),
    InvalidReportType(400),
    InvalidScheduleFrequency(400),
    RequestExpired(400),
    AccessDenied(401),
    InvalidAccessKeyId(403),
    SignatureDoesNotMatch(403),
    InvalidAddress(404),
    /** The stub's choice: MWS documents no code for a body too large. */
    RequestEntityTooLarge(413),
    InternalError(500),
    /** The stub's choice (the AWS query family's common error): its data directory cannot be written now. */
    ServiceUnavailable(503),
    QuotaExceeded(503),
    RequestThrottled(503);

    private final int status;

    MwsErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The Type element: "Receiver" when the service failed or cannot serve now, "Sender" otherwise (throttling included, as MWS says). */
    public String type() {
        return this == InternalError || this == ServiceUnavailable ? "Receiver" : "Sender";
    }
}
