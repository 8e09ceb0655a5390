package org.reportschedules.mws;

/**
 * The MWS Reports section's actions, as one call: the request gate admits the request (or refuses it as MWS
 * would), then the action runs on the seller's schedules and reports.
 */
public final class MwsReports {

    /**
     * An action's answer, and the quota the request was counted against. The answer is a generated response
     * model, written as XML, or (GetReport) a {@link ReportFile}, written as it is.
     */
    public record Answer(Object document, RequestQuotas.Quota quota) {
    }

    private final MwsRequestGate gate;
    private final ReportsSection actions;

    public MwsReports(MwsRequestGate gate, ReportsSection actions) {
        this.gate = gate;
        this.actions = actions;
    }

    /** Answers the request, or refuses it as MWS would; a refusal after the quota check carries the quota it used. */
    public Answer handle(MwsCall call) {
        MwsRequestGate.Admission admission = gate.admit(call);
        try {
            Object document = actions.perform(admission.action(), admission.seller(), call.parameters(), call.requestId());
            return new Answer(document, admission.quota());
        } catch (MwsRequestRejected refused) {
            throw refused.countedAgainst(admission.quota());
        }
    }
}
