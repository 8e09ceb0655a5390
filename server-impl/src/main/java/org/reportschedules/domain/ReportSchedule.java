package org.reportschedules.domain;

import java.time.Instant;
import java.util.Objects;

/** One merchant's standing order for reports of one type, created every {@code frequency}. */
public record ReportSchedule(String id, String reportType, Frequency frequency, Instant nextReportCreationTime) {

    public ReportSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportType, "reportType");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(nextReportCreationTime, "nextReportCreationTime");
    }
}
