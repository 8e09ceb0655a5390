package org.reportschedules.wire;

import java.util.UUID;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Every request's id: assigned when it arrives, echoed in the dialect's request-id header and in logs. */
public final class RequestIds {

    private static final String PROPERTY = "stub.request-id";

    private RequestIds() {
    }

    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            return id.toString();
        }
        String assigned = UUID.randomUUID().toString();
        request.setProperty(PROPERTY, assigned);
        return assigned;
    }
}
