package org.reportschedules.adminclient;

/** An admin call the stub refused (its {code, message} body), or one that reached no stub admin API at all. */
public final class StubAdminException extends RuntimeException {

    private final int status;
    private final String code;

    StubAdminException(String message, int status, String code) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status the stub answered; 0 when no answer came. */
    public int status() {
        return status;
    }

    /** The admin error code (InvalidField, MissingField, ...); empty when the answer was not the admin API's error body. */
    public String code() {
        return code;
    }
}
