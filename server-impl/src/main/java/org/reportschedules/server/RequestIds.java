package org.reportschedules.server;

import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Gives every request an id and every response the dialect's request-id header, errors and unmatched
 * paths included: the official Java SDK fails on a response without x-amz-pay-request-id.
 */
@PreMatching
@Priority(10)
public final class RequestIds implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String PROPERTY = "stub.request-id";

    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id != null ? id.toString() : assign(request);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        assign(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String header = Dialect.of(request.getUriInfo().getRequestUri().getPath()).requestIdHeader();
        response.getHeaders().putSingle(header, of(request));
    }

    private static String assign(ContainerRequestContext request) {
        String id = UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        return id;
    }
}
