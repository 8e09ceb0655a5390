package org.reportschedules.pay;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The x-amz-pay-idempotency-key of a POST: at most 32 characters from A-Z, a-z, 0-9, '-' and '_', as Amazon
 * documents it. Optional here (Amazon requires it), so that a plain curl still creates.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "x-amz-pay-idempotency-key";
    public static final int MAX_LENGTH = 32;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    public IdempotencyKey {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw refusal(value);
        }
    }

    /**
     * The key the header names; empty when the header is absent. A header given twice arrives joined with a
     * comma, which no key may hold, so it is refused rather than half read.
     */
    public static Optional<IdempotencyKey> ofHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }

    /** The value is not echoed: it may be long, or hold characters an error message should not carry. */
    private static PayRequestRejected refusal(String value) {
        int length = value == null ? 0 : value.length();
        return PayError.of(PayReasonCode.InvalidHeaderValue, "The " + HEADER + " header is invalid: it must be 1 to " + MAX_LENGTH
                + " characters from A-Z, a-z, 0-9, '-' and '_' (got " + length + " characters).").rejection();
    }
}
