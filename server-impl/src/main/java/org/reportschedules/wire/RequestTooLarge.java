package org.reportschedules.wire;

import java.util.Optional;

/**
 * A request body longer than the stub reads ({@link BoundedBodies}). Each dialect answers it with a 413 in its own
 * error format; nothing of the request is acted on.
 */
public final class RequestTooLarge extends RuntimeException {

    public RequestTooLarge(long limit) {
        super("The request body is longer than " + limit + " bytes, the most this stub reads.", null, false, false);
    }

    /** The failure if it is one, or the one that caused it (a JSON or form reader that met the limit may wrap it). */
    public static Optional<RequestTooLarge> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLarge tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }
}
