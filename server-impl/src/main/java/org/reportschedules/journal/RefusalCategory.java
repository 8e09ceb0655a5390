package org.reportschedules.journal;

import java.util.Locale;

/**
 * Why a request was refused, in words common to every dialect; each dialect maps its own error codes onto these
 * in one place (its {@code Dialect.answer}), so a test can ask for "throttled" without knowing MWS from Amazon Pay.
 */
public enum RefusalCategory {
    VALIDATION,
    SIGNATURE,
    ACCESS,
    THROTTLING,
    IDEMPOTENCY,
    NOT_FOUND,
    UNSUPPORTED,
    TOO_LARGE,
    INTERNAL;

    /** As the admin contract writes it: lower case, words joined by a hyphen (not-found). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What a refusal whose dialect named no code (the docs' plain text errors) is taken for, by its status. */
    public static RefusalCategory ofStatus(int status) {
        return switch (status) {
            case 401, 403 -> ACCESS;
            case 404 -> NOT_FOUND;
            case 405, 406, 415 -> UNSUPPORTED;
            case 413 -> TOO_LARGE;
            case 429, 503 -> THROTTLING;
            default -> status >= 500 ? INTERNAL : VALIDATION;
        };
    }
}
