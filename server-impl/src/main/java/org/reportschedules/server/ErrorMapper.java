package org.reportschedules.server;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.reportschedules.pay.PayError;
import org.reportschedules.pay.PayErrorTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every failure becomes an answer in the dialect of the request. Client mistakes are
 * answered without a stack trace; only the stub's own failures (5xx) are logged with one.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    // UriInfo and Request are per-request proxies; a ContainerRequestContext field here would not be.
    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable failure) {
        String path = uriInfo.getRequestUri().getPath();
        PayError error = PayErrorTranslator.translate(failure, request.getMethod(), path);
        if (error.status() >= 500) {
            LOG.error("Failed on {} {}", request.getMethod(), path, failure);
        }
        Response.ResponseBuilder response = error.toResponse();
        if (failure instanceof NotAllowedException notAllowed) {
            response.header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return response.build();
    }
}
