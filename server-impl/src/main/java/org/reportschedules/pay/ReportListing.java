package org.reportschedules.pay;

import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;

/**
 * What a Get Reports listing shows, as its first call asked for it with the defaults filled in: reports of
 * these types (all when empty) and statuses (all when empty), created from {@code createdSince} to
 * {@code createdUntil} inclusive, newest first, {@code pageSize} to a page. A follow-up call carries it in
 * its token, so every page of a listing applies the same filters.
 */
record ReportListing(Set<String> types, Set<ProcessingStatus> statuses, Instant createdSince, Instant createdUntil, int pageSize) {

    /** Newest first; reports created at the same instant by id, as numbers, highest first. A total order. */
    static final Comparator<Report> NEWEST_FIRST = Comparator.comparing(Position::of, Position.ORDER);

    ReportListing {
        types = Set.copyOf(types);
        statuses = Set.copyOf(statuses);
    }

    boolean shows(Report report, Instant now) {
        return (types.isEmpty() || types.contains(report.reportType()))
                && (statuses.isEmpty() || statuses.contains(report.statusAt(now)))
                && !report.createdTime().isBefore(createdSince)
                && !report.createdTime().isAfter(createdUntil);
    }

    /**
     * A report's place in the listing: its creation time and id. A page ends at its last report's place and
     * the next page starts after it, whether or not that report still exists, so reports made or forgotten
     * meanwhile cause neither duplicates nor gaps among the others.
     */
    record Position(Instant createdTime, String reportId) {

        private static final Comparator<Position> ORDER = Comparator.comparing(Position::createdTime)
                .thenComparing(Position::reportId, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .reversed();

        static Position of(Report report) {
            return new Position(report.createdTime(), report.id());
        }

        /** Whether the report comes after this place, so on a later page. */
        boolean precedes(Report report) {
            return ORDER.compare(this, of(report)) < 0;
        }
    }
}
