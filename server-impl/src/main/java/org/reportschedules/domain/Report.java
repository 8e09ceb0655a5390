package org.reportschedules.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One report: the data of one report type over one period, made for one merchant. It is being processed from
 * {@code createdTime} until {@code processingEndTime}, and then has its {@code outcome}; only a COMPLETED
 * report has a document. Its status is read at an instant, so reports need no timer to finish.
 *
 * @param scheduleId the schedule that made it, or null for a report asked for on demand
 */
public record Report(String id, String reportType, Instant startTime, Instant endTime, Instant createdTime,
                     Instant processingEndTime, ProcessingStatus outcome, String documentId, String scheduleId) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportType, "reportType");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(createdTime, "createdTime");
        Objects.requireNonNull(processingEndTime, "processingEndTime");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ProcessingStatus.IN_PROGRESS) {
            throw new IllegalArgumentException("A report's outcome is how its processing ends, not IN_PROGRESS");
        }
        if ((outcome == ProcessingStatus.COMPLETED) != (documentId != null)) {
            throw new IllegalArgumentException("A report has a document exactly when it completes: " + id);
        }
    }

    public ProcessingStatus statusAt(Instant now) {
        return now.isBefore(processingEndTime) ? ProcessingStatus.IN_PROGRESS : outcome;
    }

    /** When processing ended, once it has. */
    public Optional<Instant> processingEndedAt(Instant now) {
        return now.isBefore(processingEndTime) ? Optional.empty() : Optional.of(processingEndTime);
    }

    /** The document, once the report has completed. */
    public Optional<String> documentAt(Instant now) {
        return statusAt(now) == ProcessingStatus.COMPLETED ? Optional.of(documentId) : Optional.empty();
    }
}
