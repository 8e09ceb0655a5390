package org.reportschedules.pay.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.pay.model.Error;
import org.reportschedules.pay.PayError;
import org.reportschedules.wire.Dialect;

/**
 * Amazon Pay API v2: JSON, errors as {@code {reasonCode, message}}, the request id in x-amz-pay-request-id
 * (the official Java SDK fails without it). It answers every path no other dialect serves, so an unknown
 * path gets Amazon Pay's 404.
 */
public final class PayDialect implements Dialect {

    /** Every path: Amazon Pay is the last dialect asked, so it answers whatever no other one serves. */
    @Override
    public boolean serves(String path) {
        return true;
    }

    @Override
    public String requestIdHeader() {
        return "x-amz-pay-request-id";
    }

    @Override
    public void beforeMatching(ContainerRequestContext request) {
        PayRequestRules.requireMediaType(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        PayRequestRules.requireSingleValues(request.getUriInfo().getQueryParameters());
        PayRequestRules.requireMediaTypeList(request.getHeaderString(HttpHeaders.ACCEPT));
        PayPaths.normalize(request);
    }

    @Override
    public Response answer(Throwable failure, ContainerRequestContext request) {
        PayError error = PayErrorTranslator.translate(failure, request.getMethod(), request.getUriInfo().getRequestUri().getPath());
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Error().reasonCode(error.reasonCode().name()).message(error.message()))
                .build();
    }
}
