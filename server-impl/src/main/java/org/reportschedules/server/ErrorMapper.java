package org.reportschedules.server;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ContainerRequest;
import org.reportschedules.wire.Dialects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes an answer of the request's dialect; a 405 keeps Jersey's Allow header. Client mistakes (and MWS throttling, a 503) are
 * answered without a stack trace; only the stub's own failures (500) are logged with one.
 */
public final class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    // A mapper is a singleton: the request must come through a provider to be this request's.
    private final Provider<ContainerRequest> requests;
    private final Dialects dialects;

    @Inject
    public ErrorMapper(Provider<ContainerRequest> requests, Dialects dialects) {
        this.requests = requests;
        this.dialects = dialects;
    }

    @Override
    public Response toResponse(Throwable failure) {
        ContainerRequest request = requests.get();
        Response response = dialects.chosenFor(request).answer(failure, request);
        if (response.getStatus() == 405 && failure instanceof NotAllowedException notAllowed) {
            response.getHeaders().putSingle(HttpHeaders.ALLOW, notAllowed.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        if (response.getStatus() == 500) {
            LOG.error("Failed on {} {}", request.getMethod(), request.getRequestUri().getPath(), failure);
        }
        return response;
    }
}
