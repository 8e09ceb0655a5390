package org.reportschedules.wire;

/**
 * A request broken below any dialect's rules (a malformed % escape in its request line, say). Each dialect
 * answers it with a 400 in its own error format.
 */
public final class MalformedRequest extends RuntimeException {

    public MalformedRequest(String message) {
        super(message, null, false, false);
    }
}
