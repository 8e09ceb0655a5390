package org.reportschedules.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Holds every request body to a limit, so that no client makes the stub buffer more (the Amazon Pay signature check
 * and the MWS form reader read whole bodies). A declared Content-Length over the limit is refused before a byte is
 * read. A chunked body is read here, up to one byte past the limit, so that it is refused whatever its first bytes
 * are (a JSON reader would stop at the first bad token and call a huge body merely malformed).
 */
public final class BoundedBodies {

    private final int limit;

    /** @param limit the most bytes of a body the stub reads */
    public BoundedBodies(long limit) {
        if (limit < 1 || limit > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The body limit must be from one byte to under 2 GiB");
        }
        this.limit = (int) limit;
    }

    /** @throws RequestTooLarge when the body is longer than the limit */
    public void bound(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && !declared.isBlank()) {
            if (declaredLength(declared) > limit) {
                throw new RequestTooLarge(limit);
            }
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(limit + 1);
        } catch (IOException e) {
            throw new MalformedRequest("The request body could not be read completely.");
        }
        if (body.length > limit) {
            throw new RequestTooLarge(limit);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1; // Grizzly has refused a Content-Length that is no number before the stub sees it
        }
    }
}
