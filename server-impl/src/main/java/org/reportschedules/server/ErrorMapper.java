package org.reportschedules.server;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ContainerRequest;
import org.reportschedules.mws.MwsError;
import org.reportschedules.mws.MwsErrorTranslator;
import org.reportschedules.pay.PayError;
import org.reportschedules.pay.PayErrorTranslator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place every failure becomes an answer in the dialect of the request. Client mistakes (and MWS
 * throttling, a 503) are answered without a stack trace; only the stub's own failures (500) are logged with one.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    // A mapper is a singleton: the request must come through a provider to be this request's.
    private final Provider<ContainerRequest> requests;

    @Inject
    public ErrorMapper(Provider<ContainerRequest> requests) {
        this.requests = requests;
    }

    @Override
    public Response toResponse(Throwable failure) {
        ContainerRequest request = requests.get();
        String method = request.getMethod();
        String path = request.getRequestUri().getPath();
        Response.ResponseBuilder response;
        int status;
        if (Dialect.of(path) == Dialect.MWS) {
            MwsError error = MwsErrorTranslator.translate(failure, method, path);
            status = error.status();
            response = error.toResponse(RequestIds.of(request));
        } else {
            PayError error = PayErrorTranslator.translate(failure, method, path);
            status = error.status();
            response = error.toResponse();
            if (failure instanceof NotAllowedException notAllowed) {
                response.header(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW));
            }
        }
        if (status == 500) {
            LOG.error("Failed on {} {}", method, path, failure);
        }
        return response.build();
    }
}
