package org.reportschedules.mws;

/**
 * The MWS Reports section's report-schedule actions, as one call: the request gate admits the request (or
 * refuses it as MWS would), then the action runs on the seller's schedules.
 */
public final class MwsReports {

    /** An action's response document, and the quota the request was counted against. */
    public record Answer(Object document, RequestQuotas.Quota quota) {
    }

    private final MwsRequestGate gate;
    private final ReportScheduleActions actions;

    public MwsReports(MwsRequestGate gate, ReportScheduleActions actions) {
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
