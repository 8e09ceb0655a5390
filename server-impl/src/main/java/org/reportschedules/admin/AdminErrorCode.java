package org.reportschedules.admin;

/**
 * The error codes of the stub's admin API, each with its HTTP status. The admin contract lists the same
 * codes ({@code x-error-codes} on the AdminError schema of stub-admin.yaml); a test keeps the two equal.
 */
public enum AdminErrorCode {
    MissingField(400),
    InvalidField(400),
    MalformedRequest(400),
    NotFound(404),
    MethodNotAllowed(405),
    NotAcceptable(406),
    PayloadTooLarge(413),
    UnsupportedMediaType(415),
    InternalError(500),
    /** The data directory cannot be written now: the change was not made. */
    ServiceUnavailable(503);

    private final int status;

    AdminErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
