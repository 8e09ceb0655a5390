package org.reportschedules.pay;

/**
 * The Pay dialect's switchable choices, where the public sources leave the real behaviour open.
 *
 * @param scheduleByIdShape    flat object (the SDKs) or one-element list (Amazon's page)
 * @param scheduleConflictStatus status of a create refused because the report type is already scheduled
 * @param signatureMode          how request signatures are checked (off, verify-known, strict)
 * @param publicKeys             the public keys whose signatures are verified, by public key id
 */
public record PaySettings(ScheduleByIdShape scheduleByIdShape, int scheduleConflictStatus, PaySignatureMode signatureMode,
                          PayPublicKeys publicKeys) {

    public static final int DEFAULT_CONFLICT_STATUS = 400;

    /** Without keys, in the default signature mode (verify-known). */
    public PaySettings(ScheduleByIdShape scheduleByIdShape, int scheduleConflictStatus) {
        this(scheduleByIdShape, scheduleConflictStatus, PaySignatureMode.VERIFY_KNOWN, PayPublicKeys.none());
    }

    public PaySettings {
        java.util.Objects.requireNonNull(signatureMode, "signatureMode");
        java.util.Objects.requireNonNull(publicKeys, "publicKeys");
        if (scheduleConflictStatus != 400 && scheduleConflictStatus != 409) {
            throw new IllegalArgumentException("The schedule conflict status must be 400 or 409, not " + scheduleConflictStatus);
        }
    }

    public PaySettings withSigning(PaySignatureMode mode, PayPublicKeys keys) {
        return new PaySettings(scheduleByIdShape, scheduleConflictStatus, mode, keys);
    }

    public static PaySettings defaults() {
        return new PaySettings(ScheduleByIdShape.FLAT, DEFAULT_CONFLICT_STATUS);
    }
}
