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

    public void add(Report report) {
        byId.put(report.id(), report);
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
        byId.values().removeIf(report -> report.createdTime().isBefore(cutOff));
    }
}
