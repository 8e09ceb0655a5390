package org.reportschedules.documents;

/** The S3 error codes a document download can answer, each with the status S3 answers it with. */
public enum DocumentErrorCode {
    InvalidRequest(400),
    EntityTooLarge(400),
    AccessDenied(403),
    NoSuchKey(404),
    MethodNotAllowed(405),
    InternalError(500);

    private final int status;

    DocumentErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
