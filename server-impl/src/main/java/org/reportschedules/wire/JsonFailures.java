package org.reportschedules.wire;

import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;

/** What Jackson's reading failures say about the request body, for the dialects that read JSON. */
public final class JsonFailures {

    private static final String MISSING = "Missing required creator property";

    private JsonFailures() {
    }

    /**
     * The required field a body lacked. Jackson names it only in its message:
     * "Missing required creator property 'x' (index 0)".
     */
    public static Optional<String> missingField(JacksonException failure) {
        String message = failure.getOriginalMessage();
        if (message == null || !message.startsWith(MISSING)) {
            return Optional.empty();
        }
        int start = message.indexOf('\'');
        int end = message.indexOf('\'', start + 1);
        return Optional.of(start >= 0 && end > start ? message.substring(start + 1, end) : "a required field");
    }
}
