package org.reportschedules.wire;

import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The request each thread is serving, for the singleton resources. Jersey can give them the request only through a
 * {@code Provider} (an HK2 look-up in the request scope at every call: 5-6% of a GET or a create in the profile, see
 * docs/BENCHMARKS.md); {@link Dialects} notes it here when the request arrives and forgets it when the answer leaves.
 * Every resource method runs on the thread that ran the request filters (none is asynchronous), so the note is the
 * request the method serves; the provider stays as the answer for a thread that has none.
 */
public final class ServedRequests {

    private static final ThreadLocal<ContainerRequestContext> SERVED = new ThreadLocal<>();

    private ServedRequests() {
    }

    /** The request this thread serves, else the one the provider looks up. */
    public static ContainerRequestContext current(Provider<? extends ContainerRequestContext> lookUp) {
        ContainerRequestContext served = SERVED.get();
        return served != null ? served : lookUp.get();
    }

    static void arrived(ContainerRequestContext request) {
        SERVED.set(request);
    }

    static void answered() {
        SERVED.remove();
    }
}
