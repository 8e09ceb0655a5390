package org.reportschedules.docs.http;

import java.util.List;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.reportschedules.docs.DocsPage;
import org.reportschedules.docs.ServedContracts;
import org.reportschedules.wire.Dialect;
import org.reportschedules.wire.MalformedRequest;
import org.reportschedules.wire.RequestTooLarge;

/**
 * The docs page under /docs and the contract files under /openapi: read by people and by Swagger UI, not by
 * API clients, so errors are one line of plain text (no dialect's error body would be right here), the
 * request id in the stub's own x-stub-request-id.
 */
public final class DocsDialect implements Dialect {

    private final List<String> contractFiles;

    /** @param contractFiles the names served under /openapi, for a 404 that says what there is */
    public DocsDialect(List<String> contractFiles) {
        this.contractFiles = List.copyOf(contractFiles);
    }

    @Override
    public boolean serves(String path) {
        return isUnder(path, DocsPage.PATH) || isUnder(path, ServedContracts.PATH);
    }

    private static boolean isUnder(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    @Override
    public String name() {
        return "docs";
    }

    @Override
    public String requestIdHeader() {
        return "x-stub-request-id";
    }

    @Override
    public Response answer(Throwable failure, ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        int status = failure instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
        String message;
        if (RequestTooLarge.in(failure).isPresent()) {
            status = 413;
            message = RequestTooLarge.in(failure).get().getMessage();
        } else if (failure instanceof MalformedRequest malformed) {
            status = 400;
            message = malformed.getMessage();
        } else if (failure instanceof NotFoundException) {
            message = "Nothing is served at " + path + ". The docs page is " + DocsPage.PATH + "; the contracts are "
                    + ServedContracts.PATH + "/ followed by one of " + String.join(", ", contractFiles) + ".";
        } else if (failure instanceof NotAllowedException) {
            message = request.getMethod() + " is not allowed on " + path + "; the docs and contracts are read with GET.";
        } else if (status < 500) {
            message = "The request is invalid: " + failure.getMessage();
        } else {
            status = 500;
            message = "The stub failed to serve " + path + "; see its log.";
        }
        return Response.status(status).type("text/plain;charset=UTF-8").entity(message + "\n").build();
    }
}
