package org.reportschedules.pay;

/**
 * The Pay dialect's switchable choices, where the public sources leave the real behaviour open.
 *
 * @param scheduleByIdShape    flat object (the SDKs) or one-element list (Amazon's page)
 * @param scheduleConflictStatus status of a create refused because the report type is already scheduled
 */
public record PaySettings(ScheduleByIdShape scheduleByIdShape, int scheduleConflictStatus) {

    public static final int DEFAULT_CONFLICT_STATUS = 400;

    public PaySettings {
        if (scheduleConflictStatus != 400 && scheduleConflictStatus != 409) {
            throw new IllegalArgumentException("The schedule conflict status must be 400 or 409, not " + scheduleConflictStatus);
        }
    }

    public static PaySettings defaults() {
        return new PaySettings(ScheduleByIdShape.FLAT, DEFAULT_CONFLICT_STATUS);
    }
}
