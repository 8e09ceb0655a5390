package org.reportschedules.wire;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Chooses each request's dialect once, from its path, before anything else looks at it, and remembers the
 * choice for the rest of the request: the error mapper and the reply headers ask
 * {@link #chosenFor(ContainerRequestContext)} instead of looking at the path again. The dialects are asked in order;
 * a request to a path none serves goes to the first that claims it as a stray of its own, else to the last one, the
 * fallback, which answers every other unknown path.
 */
@PreMatching
@Priority(10)
public final class Dialects implements ContainerRequestFilter, ContainerResponseFilter {

    /** Request property set by the URI repair in front of Jersey when the request line had a malformed escape. */
    public static final String MALFORMED_URI = "stub.malformed-uri";
    /** Request property set by the URI repair when the Host header or the request head is one the stub will not read. */
    public static final String MALFORMED_HEAD = "stub.malformed-head";

    private static final String PROPERTY = "stub.dialect";
    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");

    private final List<Dialect> inOrder;
    private final BoundedBodies bodies;

    /**
     * @param inOrder the dialects, most specific first; the last one answers every other path
     * @param bodies  the limit every request body is held to, before any dialect reads it
     */
    public Dialects(List<Dialect> inOrder, BoundedBodies bodies) {
        if (inOrder.isEmpty()) {
            throw new IllegalArgumentException("At least one dialect is needed");
        }
        this.inOrder = List.copyOf(inOrder);
        this.bodies = bodies;
    }

    /**
     * The dialect chosen for this request; the fallback for a request that failed before it was routed
     * (which only a fault of the stub's own filters could cause).
     */
    public Dialect chosenFor(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Dialect chosen ? chosen : inOrder.get(inOrder.size() - 1);
    }

    /**
     * The dialect that serves the request's path, as received (matrix parameters, ";x", do not change it); for a
     * path none serves, the first that claims the stray request, else the fallback.
     */
    public Dialect forRequest(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        String plain = path.indexOf(';') < 0 ? path : MATRIX_PARAMETERS.matcher(path).replaceAll("");
        for (Dialect dialect : inOrder) {
            if (dialect.serves(plain)) {
                return dialect;
            }
        }
        for (Dialect dialect : inOrder) {
            if (dialect.claimsStray(request)) {
                return dialect;
            }
        }
        return inOrder.get(inOrder.size() - 1);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ServedRequests.arrived(request);
        Dialect dialect = forRequest(request);
        request.setProperty(PROPERTY, dialect);
        RequestIds.of(request);
        Object malformed = request.getProperty(MALFORMED_URI);
        if (malformed != null) {
            throw new MalformedRequest("The request URI has a malformed percent-encoding: " + malformed);
        }
        if (request.getProperty(MALFORMED_HEAD) instanceof String why) {
            throw new MalformedRequest(why);
        }
        bodies.bound(request);
        dialect.beforeMatching(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ServedRequests.answered();
        Dialect dialect = chosenFor(request);
        response.getHeaders().putSingle(dialect.requestIdHeader(), RequestIds.of(request));
        dialect.decorate(request, response);
    }
}
