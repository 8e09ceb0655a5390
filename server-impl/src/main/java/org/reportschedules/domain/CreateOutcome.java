package org.reportschedules.domain;

/** What asking for a new schedule did to the merchant's schedules. */
public sealed interface CreateOutcome {

    /** No schedule existed for the report type; this one now does. */
    record Created(ReportSchedule schedule) implements CreateOutcome {
    }

    /** The existing schedule for the report type was cancelled and this one took its place. */
    record Replaced(ReportSchedule schedule, ReportSchedule cancelled) implements CreateOutcome {
    }

    /** A schedule exists for the report type and the caller did not ask to replace it: nothing changed. */
    record Refused(ReportSchedule existing) implements CreateOutcome {
    }
}
