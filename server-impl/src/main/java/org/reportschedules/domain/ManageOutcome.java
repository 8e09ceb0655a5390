package org.reportschedules.domain;

/** What setting a report type's schedule (the MWS way: create, update or delete by type) did. */
public sealed interface ManageOutcome {

    /** No schedule existed for the report type; this one now does. */
    record Created(ReportSchedule schedule) implements ManageOutcome {
    }

    /** The report type's schedule keeps its id and now runs at the new frequency and date. */
    record Updated(ReportSchedule schedule, ReportSchedule before) implements ManageOutcome {
    }

    /** The report type's schedule was deleted. */
    record Deleted(ReportSchedule schedule) implements ManageOutcome {
    }

    /** Deletion was asked for a report type that had no schedule: nothing changed. */
    record NothingToDelete(String reportType) implements ManageOutcome {
    }
}
