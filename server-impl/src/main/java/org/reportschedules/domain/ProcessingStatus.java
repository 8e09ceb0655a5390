package org.reportschedules.domain;

/** Where a report stands: being made, or how its making ended. */
public enum ProcessingStatus {
    IN_PROGRESS,
    COMPLETED,
    FAILED,
    /** Cancelled before processing started, or there was no data to return (the .NET SDK's wording). */
    CANCELLED
}
