package org.reportschedules.wire;

import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** What Jackson's reading failures say about the request body, for the dialects that read JSON. */
public final class JsonFailures {

    private static final String MISSING = "Missing required creator property";
    private static final String DUPLICATE = "Duplicate field";

    private JsonFailures() {
    }

    /**
     * The required field a body lacked. Jackson names it only in its message:
     * "Missing required creator property 'x' (index 0)".
     */
    public static Optional<String> missingField(JacksonException failure) {
        return quotedNameAfter(failure, MISSING, "a required field");
    }

    /** The field a body gave twice ("Duplicate field 'x'"), refused under strict duplicate detection. */
    public static Optional<String> duplicateField(JacksonException failure) {
        return quotedNameAfter(failure, DUPLICATE, "a field");
    }

    /**
     * What made the body too large for Jackson's reading limits (a number of more than 1,000 digits, nesting
     * deeper than 1,000 levels, ...), said without Jackson's class names; empty for any other failure.
     */
    public static Optional<String> beyondReadingLimits(JacksonException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                String message = limit.getOriginalMessage() == null ? "" : limit.getOriginalMessage();
                if (message.startsWith("Number value length")) {
                    return Optional.of("a number longer than " + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits");
                }
                if (message.startsWith("Document nesting depth")) {
                    return Optional.of("nesting deeper than " + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels");
                }
                return Optional.of("a value longer than this stub reads");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> quotedNameAfter(JacksonException failure, String start, String unnamed) {
        String message = failure.getOriginalMessage();
        if (message == null || !message.startsWith(start)) {
            return Optional.empty();
        }
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        return Optional.of(open >= 0 && close > open ? message.substring(open + 1, close) : unnamed);
    }
}
