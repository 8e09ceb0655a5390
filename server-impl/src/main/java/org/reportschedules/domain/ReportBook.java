package org.reportschedules.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** One merchant's reports, oldest first. Like its schedules, it is kept atomic by the repository. */
public final class ReportBook {

    private final Map<String, Report> byId = new LinkedHashMap<>();
    /** No report was created before this; null when there is none. */
    private Instant earliestCreated;

    public void add(Report report) {
        byId.put(report.id(), report);
        if (earliestCreated == null || report.createdTime().isBefore(earliestCreated)) {
            earliestCreated = report.createdTime();
        }
    }

    public Optional<Report> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The report whose document this is. */
    public Optional<Report> findByDocument(String documentId) {
        return byId.values().stream().filter(r -> documentId.equals(r.documentId())).findFirst();
    }

    /** The reports that match, oldest first. */
    public List<Report> list(Predicate<Report> filter) {
        List<Report> matching = new ArrayList<>();
        byId.values().stream().filter(filter).forEach(matching::add);
        return matching;
    }

    /** Forgets reports created before the cut-off (Amazon keeps reports 90 days). */
    public void forgetCreatedBefore(Instant cutOff) {
        // Called before every request a merchant makes: without this check each one read every report kept.
        if (earliestCreated == null || !earliestCreated.isBefore(cutOff)) {
            return;
        }
        byId.values().removeIf(report -> report.createdTime().isBefore(cutOff));
        earliestCreated = byId.values().stream().map(Report::createdTime).min(Instant::compareTo).orElse(null);
    }

    /** A book of its own holding the same reports, to put back should a change not be kept. */
    public ReportBook copy() {
        ReportBook copy = new ReportBook();
        copy.byId.putAll(byId);
        copy.earliestCreated = earliestCreated;
        return copy;
    }
}
