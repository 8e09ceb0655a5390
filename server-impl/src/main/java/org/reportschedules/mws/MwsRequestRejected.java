package org.reportschedules.mws;

import java.util.Optional;

/** Thrown when an MWS request breaks a rule; the MWS dialect answers with its {@link MwsError}. */
public final class MwsRequestRejected extends RuntimeException {

    private final transient MwsError error;
    private final transient RequestQuotas.Quota quota;

    MwsRequestRejected(MwsError error) {
        this(error, null);
    }

    private MwsRequestRejected(MwsError error, RequestQuotas.Quota quota) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
        this.quota = quota;
    }

    public MwsError error() {
        return error;
    }

    /** The quota the refused request was counted against, when it got as far as the quota check. */
    public Optional<RequestQuotas.Quota> quota() {
        return Optional.ofNullable(quota);
    }

    /** The same refusal, counted against this quota, so the reply's quota headers report exactly it. */
    public MwsRequestRejected countedAgainst(RequestQuotas.Quota counted) {
        return new MwsRequestRejected(error, counted);
    }
}
