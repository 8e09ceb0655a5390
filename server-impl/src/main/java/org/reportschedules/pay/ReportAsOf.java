package org.reportschedules.pay;

import java.time.Instant;
import java.util.Optional;

import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;

/** A report as it stood when it was read: its status, its processing end and its document follow the clock. */
public record ReportAsOf(Report report, Instant readAt) {

    public ProcessingStatus status() {
        return report.statusAt(readAt);
    }

    /** Processing starts when the report is created. */
    public Instant processingStartTime() {
        return report.createdTime();
    }

    public Optional<Instant> processingEndTime() {
        return report.processingEndedAt(readAt);
    }

    public Optional<String> documentId() {
        return report.documentAt(readAt);
    }
}
