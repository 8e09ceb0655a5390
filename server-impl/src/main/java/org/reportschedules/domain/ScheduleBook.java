package org.reportschedules.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One merchant's report schedules, and the rule that holds them together: at most one schedule per report
 * type. A book is not thread-safe on its own: the repository that keeps it makes every use of it atomic.
 */
public final class ScheduleBook {

    private final ScheduleIds ids;
    private final Map<String, ReportSchedule> byReportType = new LinkedHashMap<>();
    /**
     * No schedule is due before this; null when none is kept. Every schedule kept may lower it, and firing sets
     * it exactly, so a book with nothing due answers without reading its schedules: the scheduler asks every
     * merchant's book after a clock move, and every request asks its merchant's.
     */
    private Instant noneDueBefore;

    public ScheduleBook(ScheduleIds ids) {
        this.ids = ids;
    }

    /**
     * Creates a schedule for the report type. When one exists it is replaced only if the caller asked for
     * that; otherwise nothing changes and the existing one is returned in the refusal.
     */
    public CreateOutcome create(String reportType, Frequency frequency, Instant nextReportCreationTime,
                                             boolean replaceExisting) {
        ReportSchedule existing = byReportType.get(reportType);
        if (existing != null && !replaceExisting) {
            return new CreateOutcome.Refused(existing);
        }
        ReportSchedule created = new ReportSchedule(ids.next(), reportType, frequency, nextReportCreationTime);
        keep(created);
        return existing == null ? new CreateOutcome.Created(created) : new CreateOutcome.Replaced(created, existing);
    }

    /**
     * Sets the report type's schedule: creates it, or updates the existing one in place (same id), as MWS
     * ManageReportSchedule does.
     */
    public ManageOutcome set(String reportType, Frequency frequency, Instant nextReportCreationTime) {
        ReportSchedule existing = byReportType.get(reportType);
        String id = existing == null ? ids.next() : existing.id();
        ReportSchedule schedule = new ReportSchedule(id, reportType, frequency, nextReportCreationTime);
        keep(schedule);
        return existing == null ? new ManageOutcome.Created(schedule) : new ManageOutcome.Updated(schedule, existing);
    }

    /** Deletes the report type's schedule, if it has one. */
    public ManageOutcome delete(String reportType) {
        ReportSchedule removed = byReportType.remove(reportType);
        return removed == null ? new ManageOutcome.NothingToDelete(reportType) : new ManageOutcome.Deleted(removed);
    }

    /** The schedules for the given report types (every type when the collection is empty), oldest first. */
    public List<ReportSchedule> list(Collection<String> reportTypes) {
        List<ReportSchedule> result = new ArrayList<>();
        for (ReportSchedule schedule : byReportType.values()) {
            if (reportTypes.isEmpty() || reportTypes.contains(schedule.reportType())) {
                result.add(schedule);
            }
        }
        result.sort(Comparator.comparing(ReportSchedule::id));
        return result;
    }

    /** A report a schedule owes: the period it covers ends when the report was due. */
    public record DueReport(String scheduleId, String reportType, Instant periodStart, Instant periodEnd) {
    }

    /**
     * Fires every schedule whose next report creation time has come: each moves forward by whole periods to
     * its first time after {@code now}, and owes one report per period it passed, the most recent
     * {@code cap} of them only (older missed periods are skipped), oldest first.
     */
    public List<DueReport> fireDue(Instant now, int cap) {
        if (noneDueBefore == null || noneDueBefore.isAfter(now)) {
            return List.of();
        }
        List<DueReport> due = new ArrayList<>();
        noneDueBefore = null;
        for (Map.Entry<String, ReportSchedule> entry : byReportType.entrySet()) {
            ReportSchedule schedule = entry.getValue();
            if (schedule.nextReportCreationTime().isAfter(now)) {
                continue;
            }
            Duration period = schedule.frequency().duration();
            long passed = Duration.between(schedule.nextReportCreationTime(), now).dividedBy(period) + 1;
            for (long i = Math.max(0, passed - cap); i < passed; i++) {
                Instant end = schedule.nextReportCreationTime().plus(period.multipliedBy(i));
                due.add(new DueReport(schedule.id(), schedule.reportType(), end.minus(period), end));
            }
            entry.setValue(new ReportSchedule(schedule.id(), schedule.reportType(), schedule.frequency(),
                    schedule.nextReportCreationTime().plus(period.multipliedBy(passed))));
        }
        byReportType.values().forEach(this::lowerNoneDueBefore);
        due.sort(Comparator.comparing(DueReport::periodEnd));
        return due;
    }

    /** Puts back a schedule kept elsewhere (on disk), with the id it was given; it replaces its type's schedule. */
    public void restore(ReportSchedule schedule) {
        keep(schedule);
    }

    public Optional<ReportSchedule> find(String id) {
        return byReportType.values().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Cancels the schedule with this id; empty when there is none. */
    public Optional<ReportSchedule> cancel(String id) {
        Optional<ReportSchedule> found = find(id);
        found.ifPresent(s -> byReportType.remove(s.reportType()));
        return found;
    }

    /** A book of its own holding the same schedules, to put back should a change not be kept. */
    public ScheduleBook copy() {
        ScheduleBook copy = new ScheduleBook(ids);
        copy.byReportType.putAll(byReportType);
        copy.noneDueBefore = noneDueBefore;
        return copy;
    }

    /** Keeps the schedule as its report type's, in place of any other. */
    private void keep(ReportSchedule schedule) {
        byReportType.put(schedule.reportType(), schedule);
        lowerNoneDueBefore(schedule);
    }

    private void lowerNoneDueBefore(ReportSchedule schedule) {
        Instant due = schedule.nextReportCreationTime();
        if (noneDueBefore == null || due.isBefore(noneDueBefore)) {
            noneDueBefore = due;
        }
    }
}
