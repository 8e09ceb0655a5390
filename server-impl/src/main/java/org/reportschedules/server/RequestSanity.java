package org.reportschedules.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.reportschedules.mws.MwsError;
import org.reportschedules.pay.PayError;

/**
 * Refuses, in the dialect's own format, requests Jersey would otherwise answer with an empty 400: a request
 * line with a malformed % escape (see {@link UnsafeUriRepair}), a Content-Type that is not a media type, or
 * (Amazon Pay) a query parameter given twice.
 * MWS answers XML whatever the client accepts, as the live service did, so its Accept header is dropped.
 */
@PreMatching
@Priority(50)
public final class RequestSanity implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Dialect dialect = Dialect.of(request.getUriInfo().getRequestUri().getPath());
        Object malformed = request.getProperty(UnsafeUriRepair.MALFORMED);
        if (malformed != null) {
            throw refusal(dialect, "The request URI has a malformed percent-encoding: " + malformed);
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && dialect == Dialect.PAY && !isMediaType(contentType)) {
            throw new PayError(400, "InvalidHeaderValue", "The content-type header is not a media type: " + contentType).rejection();
        }
        if (dialect == Dialect.MWS) {
            request.getHeaders().remove(HttpHeaders.ACCEPT);
        } else {
            refuseRepeatedQueryParameters(request);
            String accept = request.getHeaderString(HttpHeaders.ACCEPT);
            if (accept != null && !accept.isBlank() && !isMediaTypeList(accept)) {
                throw new PayError(400, "InvalidHeaderValue", "The accept header is not a list of media types: " + accept).rejection();
            }
        }
    }

    /** Jersey would hand the resource the first value only, so a second one would pass unchecked. */
    private static void refuseRepeatedQueryParameters(ContainerRequestContext request) {
        request.getUriInfo().getQueryParameters().forEach((name, values) -> {
            if (values.size() > 1) {
                throw new PayError(400, "InvalidParameterValue", "The query parameter " + name + " is given more than once.").rejection();
            }
        });
    }

    private static RuntimeException refusal(Dialect dialect, String message) {
        return dialect == Dialect.MWS
                ? MwsError.sender(400, "InvalidParameterValue", message).rejection()
                : new PayError(400, "InvalidRequest", message).rejection();
    }

    private static boolean isMediaTypeList(String header) {
        for (String part : header.split(",")) {
            if (!isMediaType(part.trim())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMediaType(String value) {
        try {
            MediaType type = MediaType.valueOf(value);
            return !type.getType().isEmpty() && !type.getSubtype().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
