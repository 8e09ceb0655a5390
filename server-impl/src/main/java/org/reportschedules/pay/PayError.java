package org.reportschedules.pay;

import java.util.Objects;

import org.reportschedules.text.EchoedValue;

/**
 * An Amazon Pay error answer: an HTTP status and the body {@code {reasonCode, message}}. The status is the
 * code's own, except where a stub switch chooses another (see {@link PaySettings#scheduleConflictStatus()}).
 */
public record PayError(int status, PayReasonCode reasonCode, String message) {

    public PayError {
        Objects.requireNonNull(reasonCode, "reasonCode");
        Objects.requireNonNull(message, "message");
    }

    public static PayError of(PayReasonCode reasonCode, String message) {
        return new PayError(reasonCode.status(), reasonCode, message);
    }

    public static PayError invalidValue(String field, Object value) {
        return of(PayReasonCode.InvalidParameterValue, "The value provided for " + field + " is invalid: " + EchoedValue.of(value) + ".");
    }

    public static PayError missingValue(String field) {
        return of(PayReasonCode.MissingParameterValue, "The value for " + field + " is missing.");
    }

    public static PayError notFound(String what) {
        return of(PayReasonCode.ResourceNotFound, what + " was not found.");
    }

    public PayRequestRejected rejection() {
        return new PayRequestRejected(this);
    }
}
