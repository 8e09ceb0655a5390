package org.reportschedules.pay.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.reportschedules.api.pay.model.Error;
import org.reportschedules.journal.RefusalCategory;
import org.reportschedules.pay.PayError;
import org.reportschedules.pay.PayMerchants;
import org.reportschedules.pay.PayReasonCode;
import org.reportschedules.pay.PaySignatureCheck;
import org.reportschedules.wire.Dialect;
import org.reportschedules.wire.Refusals;

/**
 * Amazon Pay API v2: JSON, errors as {@code {reasonCode, message}}, the request id in x-amz-pay-request-id
 * (the official Java SDK fails without it). A request's signature is checked before anything else. It answers every path no
 * other dialect serves or claims, so an unknown path gets Amazon Pay's 404.
 */
public final class PayDialect implements Dialect {

    private final PaySignatureCheck signatures;

    /** @param signatures checks each request's authorization header before anything else is looked at */
    public PayDialect(PaySignatureCheck signatures) {
        this.signatures = Objects.requireNonNull(signatures, "signatures");
    }

    /** /v2/..., /live/v2/..., /sandbox/v2/...; as the last dialect asked it also answers whatever no other one claims. */
    @Override
    public boolean serves(String path) {
        return PayPaths.split(path).isPresent();
    }

    @Override
    public String name() {
        return "pay";
    }

    /** The merchant the request's authorization header and path name, for a Pay path; none when the header cannot be read. */
    @Override
    public Optional<String> merchant(ContainerRequestContext request) {
        String rawPath = PayPaths.receivedPath(request);
        return PayPaths.split(rawPath).flatMap(pay -> {
            try {
                return Optional.of(PayMerchants.of(request.getHeaderString(HttpHeaders.AUTHORIZATION), pay.environment()).toString());
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }

    @Override
    public String requestIdHeader() {
        return "x-amz-pay-request-id";
    }

    @Override
    public void beforeMatching(ContainerRequestContext request) {
        checkSignature(request);
        PayRequestRules.requireMediaType(request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        PayRequestRules.requireSingleValues(request.getUriInfo().getQueryParameters());
        PayRequestRules.requireMediaTypeList(request.getHeaderString(HttpHeaders.ACCEPT));
        joinRepeatedLists(request);
        PayPaths.normalize(request);
    }

    /** After the signature was checked on the query as sent: a repeated list parameter becomes one list. */
    private static void joinRepeatedLists(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        UriBuilder rewritten = UriBuilder.fromUri(uri);
        boolean changed = false;
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            String joined = PayRequestRules.joinedList(parameter.getKey(), parameter.getValue());
            if (joined != null) {
                rewritten.replaceQueryParam(parameter.getKey(), joined);
                changed = true;
            }
        }
        if (changed) {
            request.setRequestUri(request.getUriInfo().getBaseUri(), rewritten.build());
        }
    }

    /**
     * The signature covers the path as the client sent it, /live or /sandbox prefix included, so it is checked
     * before {@link PayPaths#normalize} strips the prefix. The body is read for its hash and put back for Jersey.
     */
    private void checkSignature(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        signatures.check(request.getMethod(), uri.getRawPath(), uri.getRawQuery(), request.getHeaders(), () -> bufferedBody(request));
    }

    /** The body as bytes, put back for Jersey to read again. */
    private static byte[] bufferedBody(ContainerRequestContext request) {
        byte[] body;
        try {
            body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        } catch (IOException e) {
            throw PayError.of(PayReasonCode.InvalidRequest, "The request body could not be read completely.").rejection();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return body;
    }

    @Override
    public Response answer(Throwable failure, ContainerRequestContext request) {
        PayError error = PayErrorTranslator.translate(failure, request.getMethod(), PayPaths.receivedPath(request));
        Refusals.note(request, category(error.reasonCode()), error.reasonCode().name());
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Error().reasonCode(error.reasonCode().name()).message(error.message()))
                .build();
    }

    /** The request journal's word for each reason code. */
    static RefusalCategory category(PayReasonCode code) {
        return switch (code) {
            case InvalidRequest, InvalidRequestFormat, InvalidParameterValue, MissingParameterValue, UnrecognizedField,
                 InvalidHeaderValue, MissingHeader, MissingHeaderValue, InvalidParameterCombination, InvalidAPIVersion,
                 InvalidSandboxSimulationSpecified, RequestTimeout -> RefusalCategory.VALIDATION;
            case DuplicateIdempotencyKey -> RefusalCategory.IDEMPOTENCY;
            case UnauthorizedAccess, InvalidAccountStatus -> RefusalCategory.ACCESS;
            case InvalidAuthentication, InvalidRequestSignature, InvalidAuthorizationToken -> RefusalCategory.SIGNATURE;
            case ResourceNotFound -> RefusalCategory.NOT_FOUND;
            case UnsupportedOperation, RequestNotSupported -> RefusalCategory.UNSUPPORTED;
            case RequestEntityTooLarge -> RefusalCategory.TOO_LARGE;
            case TooManyRequests -> RefusalCategory.THROTTLING;
            case InternalServerError, ServiceUnavailable -> RefusalCategory.INTERNAL;
        };
    }
}
