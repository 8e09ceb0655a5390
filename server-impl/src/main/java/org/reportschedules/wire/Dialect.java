package org.reportschedules.wire;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

/**
 * One wire dialect the stub speaks (Amazon Pay, MWS, the stub's own admin API). The dialect of a request is
 * chosen once, from its path, by {@link Dialects}; from then on everything that differs between dialects
 * (error bodies, request-id header, reply headers, how a failure is answered) is asked of that dialect.
 */
public interface Dialect {

    /** How the request journal names this dialect: pay, mws, documents, admin, docs. */
    String name();

    /** The merchant the request is for, as realm:account, when this dialect can tell; for the request journal. */
    default Optional<String> merchant(ContainerRequestContext request) {
        return Optional.empty();
    }

    /**
     * The operation the request asked for when it is not the name of the resource method it reached (MWS names it
     * in the Action parameter); for the request journal.
     */
    default Optional<String> operation(ContainerRequestContext request) {
        return Optional.empty();
    }

    /** Whether a request to this path (percent-decoded, as Jersey matches it; matrix parameters removed) speaks this dialect. */
    boolean serves(String path);

    /**
     * Whether a request to a path no dialect serves looks like this dialect's (an MWS form post to /Orders/...,
     * say), so that it is refused in this dialect's own format rather than the fallback's.
     */
    default boolean claimsStray(ContainerRequestContext request) {
        return false;
    }

    /** The header every response of this dialect carries the request id in. */
    String requestIdHeader();

    /** Checks and rewrites a request before Jersey matches it to a resource; throws to refuse it. */
    default void beforeMatching(ContainerRequestContext request) {
    }

    /** Adds the headers this dialect puts on every reply, errors included. */
    default void decorate(ContainerRequestContext request, ContainerResponseContext response) {
    }

    /**
     * The dialect's answer to anything that went wrong with the request: its own refusals, Jersey's and
     * the JSON reader's failures, a {@link MalformedRequest}, or a fault of the stub (answered with 500).
     * It notes the refusal's category and code with {@link Refusals#note} for the request journal.
     */
    Response answer(Throwable failure, ContainerRequestContext request);
}
