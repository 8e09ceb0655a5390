package org.reportschedules.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import org.reportschedules.wire.RequestIds;

/** One INFO line per request: method, path as received, status, time taken and request id. */
@PreMatching
@Priority(1)
public final class AccessLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = "stub.started-nanos";
    private static final String RECEIVED_PATH = "stub.received-path";

    private final AccessLines lines;

    AccessLog(AccessLines lines) {
        this.lines = lines;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        request.setProperty(RECEIVED_PATH, request.getUriInfo().getRequestUri().getRawPath());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000 : -1;
        lines.write(request.getMethod(), String.valueOf(request.getProperty(RECEIVED_PATH)), response.getStatus(), micros,
                RequestIds.of(request));
    }
}
