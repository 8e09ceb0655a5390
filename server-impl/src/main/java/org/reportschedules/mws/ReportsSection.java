package org.reportschedules.mws;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportschedules.api.mws.model.ResponseMetadata;
import org.reportschedules.domain.MerchantId;

/**
 * The actions of the MWS Reports section this stub runs, by name: the report-schedule actions and the report
 * list actions. Each group names its own actions; this class only puts them together, so the names are kept in
 * one place per group and nowhere else. The request gate asks it which actions exist; {@link MwsReports} runs them.
 */
public final class ReportsSection {

    /** One action: the seller and the request in, the answer out (a generated response model or a {@link ReportFile}). */
    @FunctionalInterface
    interface Action {
        Object perform(MerchantId seller, MwsParameters parameters, String requestId);
    }

    private final Map<String, Action> byName;

    public ReportsSection(ReportScheduleActions schedules, ReportListActions reports) {
        Map<String, Action> all = new LinkedHashMap<>();
        for (Map<String, Action> group : List.of(schedules.actions(), reports.actions())) {
            group.forEach((name, action) -> {
                if (all.putIfAbsent(name, action) != null) {
                    throw new IllegalArgumentException("Two groups of actions both run " + name);
                }
            });
        }
        this.byName = Collections.unmodifiableMap(all);
    }

    /** Whether this section has the action; the request gate refuses the others before they are counted. */
    public boolean has(String action) {
        return byName.containsKey(action);
    }

    /** The actions this section has, by name. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** Runs an action {@link #has(String) this section has}. */
    public Object perform(String action, MerchantId seller, MwsParameters parameters, String requestId) {
        return byName.get(action).perform(seller, parameters, requestId);
    }

    /** The ResponseMetadata every XML answer ends with. */
    static ResponseMetadata metadata(String requestId) {
        return new ResponseMetadata().requestId(requestId);
    }
}
