package org.reportschedules.conformance.profile;

/** A profile that cannot be used; its message is one line naming the file and what is wrong. */
public final class ProfileException extends RuntimeException {

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
