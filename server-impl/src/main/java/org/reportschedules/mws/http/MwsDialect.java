package org.reportschedules.mws.http;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.mws.model.ErrorResponse;
import org.reportschedules.journal.RefusalCategory;
import org.reportschedules.mws.MwsError;
import org.reportschedules.mws.MwsErrorCode;
import org.reportschedules.mws.MwsRequestRejected;
import org.reportschedules.mws.RequestQuotas;
import org.reportschedules.wire.Dialect;
import org.reportschedules.wire.Refusals;
import org.reportschedules.wire.RequestIds;

/**
 * MWS Reports 2009-01-01: form parameters in, XML out, errors as ErrorResponse documents, the request id in
 * x-mws-request-id and the x-mws-* headers on every reply. It serves / (where the official Java client posts)
 * and everything under /Reports (its sections).
 */
public final class MwsDialect implements Dialect {

    private final MwsReplyHeaders replyHeaders;

    public MwsDialect(Clock clock, RequestQuotas quotas) {
        this.replyHeaders = new MwsReplyHeaders(clock, quotas);
    }

    @Override
    public boolean serves(String path) {
        return path.isEmpty() || path.equals("/") || path.equals("/Reports") || path.startsWith("/Reports/");
    }

    /**
     * A form post, or a request naming an Action or an AWSAccessKeyId, is an MWS client's, whatever section it
     * aimed at (/Orders/2013-09-01, a misspelt /reports/2009-01-01): it gets MWS's 404 InvalidAddress, which its
     * client can read, not Amazon Pay's JSON.
     */
    @Override
    public boolean claimsStray(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded")) {
            return true;
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        return query.containsKey("Action") || query.containsKey("AWSAccessKeyId");
    }

    @Override
    public String name() {
        return "mws";
    }

    @Override
    public Optional<String> merchant(ContainerRequestContext request) {
        return MwsForm.of(request).merchant().map(Object::toString);
    }

    /** MWS names the operation in the Action parameter; every action reaches the same resource method. */
    @Override
    public Optional<String> operation(ContainerRequestContext request) {
        return MwsForm.of(request).get("Action").filter(action -> !action.isBlank());
    }

    @Override
    public String requestIdHeader() {
        return "x-mws-request-id";
    }

    /** MWS answers XML whatever the client accepts, as the live service did, so the Accept header is dropped. */
    @Override
    public void beforeMatching(ContainerRequestContext request) {
        request.getHeaders().remove(HttpHeaders.ACCEPT);
        MwsForm.merge(request);
    }

    @Override
    public void decorate(ContainerRequestContext request, ContainerResponseContext response) {
        replyHeaders.addTo(request, response);
    }

    @Override
    public Response answer(Throwable failure, ContainerRequestContext request) {
        if (failure instanceof MwsRequestRejected refused) {
            refused.quota().ifPresent(quota -> MwsReplyHeaders.recordQuota(request, quota));
        }
        MwsError error = MwsErrorTranslator.translate(failure, request.getMethod(), request.getUriInfo().getRequestUri().getPath());
        Refusals.note(request, category(error.code()), error.code().name());
        ErrorResponse body = new ErrorResponse()
                .error(new org.reportschedules.api.mws.model.MwsError()
                        .type(org.reportschedules.api.mws.model.MwsError.TypeEnum.fromValue(error.code().type()))
                        .code(error.code().name())
                        .message(error.message()))
                .requestId(RequestIds.of(request));
        return Response.status(error.status()).type(MediaType.TEXT_XML_TYPE).entity(MwsXml.write(body)).build();
    }

    /** The request journal's word for each error code. */
    static RefusalCategory category(MwsErrorCode code) {
        return switch (code) {
            case InputStreamDisconnected, InvalidParameterValue, MissingParameter, InvalidReportType, InvalidScheduleFrequency ->
                    RefusalCategory.VALIDATION;
            case RequestExpired, InvalidAccessKeyId, SignatureDoesNotMatch -> RefusalCategory.SIGNATURE;
            case AccessDenied -> RefusalCategory.ACCESS;
            case InvalidAddress -> RefusalCategory.NOT_FOUND;
            case RequestEntityTooLarge -> RefusalCategory.TOO_LARGE;
            case QuotaExceeded, RequestThrottled -> RefusalCategory.THROTTLING;
            case InternalError, ServiceUnavailable -> RefusalCategory.INTERNAL;
        };
    }
}
