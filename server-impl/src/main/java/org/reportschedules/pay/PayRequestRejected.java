package org.reportschedules.pay;

/** Thrown when a Pay request breaks a rule; the Pay dialect answers with its {@link PayError}. */
public final class PayRequestRejected extends RuntimeException {

    private final transient PayError error;

    PayRequestRejected(PayError error) {
        super(error.reasonCode() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public PayError error() {
        return error;
    }
}
