package org.reportschedules.admin;

/** Thrown when an admin request breaks a rule; the admin dialect answers with its {@link AdminError}. */
public final class AdminRequestRejected extends RuntimeException {

    private final transient AdminError error;

    AdminRequestRejected(AdminError error) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public AdminError error() {
        return error;
    }
}
