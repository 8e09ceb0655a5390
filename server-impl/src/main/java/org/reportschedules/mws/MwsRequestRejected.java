package org.reportschedules.mws;

/** Thrown when an MWS request breaks a rule; the MWS dialect answers with its {@link MwsError}. */
public final class MwsRequestRejected extends RuntimeException {

    private final transient MwsError error;

    MwsRequestRejected(MwsError error) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public MwsError error() {
        return error;
    }
}
