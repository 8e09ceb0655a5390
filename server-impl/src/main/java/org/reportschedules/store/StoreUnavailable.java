package org.reportschedules.store;

/**
 * A change could not be kept (the data directory's disk is full, say). The change is undone in memory, so the
 * stub holds what its store holds, and each dialect answers 503: the request was not done and may be retried.
 */
public final class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure if it is one, or the one that caused it. */
    public static java.util.Optional<StoreUnavailable> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailable unavailable) {
                return java.util.Optional.of(unavailable);
            }
        }
        return java.util.Optional.empty();
    }

    /** What every dialect tells the client, in its own error format. */
    public static final String MESSAGE = "The stub could not keep the change (its data directory cannot be written now); nothing was done. Retry later.";
}
