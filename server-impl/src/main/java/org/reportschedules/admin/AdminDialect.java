package org.reportschedules.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.glassfish.jersey.server.ParamException;
import org.reportschedules.journal.RefusalCategory;
import org.reportschedules.store.StoreUnavailable;
import org.reportschedules.wire.Dialect;
import org.reportschedules.wire.HeaderShapes;
import org.reportschedules.wire.JsonFailures;
import org.reportschedules.wire.MalformedRequest;
import org.reportschedules.wire.Refusals;
import org.reportschedules.wire.RequestTooLarge;
import org.reportschedules.text.EchoedValue;

/**
 * The stub's own admin API under /__admin: JSON, errors as {@code {code, message}} (its own form, described
 * in stub-admin.yaml, so nobody mistakes a stub control's error for Amazon's), the request id in
 * x-stub-request-id.
 */
public final class AdminDialect implements Dialect {

    private static final String PAY_KEYS = "/__admin/pay-public-keys";

    @Override
    public boolean serves(String path) {
        return path.equals("/__admin") || path.startsWith("/__admin/");
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String requestIdHeader() {
        return "x-stub-request-id";
    }

    /** What Jersey would otherwise refuse with an empty body is refused here, in the admin form. */
    @Override
    public void beforeMatching(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (!HeaderShapes.isMediaTypeOrAbsent(contentType)) {
            throw new AdminError(AdminErrorCode.MalformedRequest, "The content-type header is not a media type: " + contentType).rejection();
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (!HeaderShapes.isMediaTypeListOrAbsent(accept)) {
            throw new AdminError(AdminErrorCode.MalformedRequest, "The accept header is not a list of media types: " + accept).rejection();
        }
        if (isPayKeyPath(request.getUriInfo().getRequestUri().getPath())) {
            bufferBoundedBody(request);
        }
    }

    private static boolean isPayKeyPath(String path) {
        return path.startsWith(PAY_KEYS);
    }

    /** Read here, with a bound, so that Jersey never holds more than a key's worth of an unbounded body. */
    private static void bufferBoundedBody(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = request.getEntityStream().readNBytes(PayKeyControl.MAX_PEM_BYTES + 1);
        } catch (IOException e) {
            throw new AdminError(AdminErrorCode.MalformedRequest, "The request body could not be read completely.").rejection();
        }
        if (body.length > PayKeyControl.MAX_PEM_BYTES) {
            throw new AdminError(AdminErrorCode.PayloadTooLarge, "The request body is longer than " + PayKeyControl.MAX_PEM_BYTES
                    + " bytes; an RSA public key in PEM is well under 1 KB.").rejection();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    @Override
    public Response answer(Throwable failure, ContainerRequestContext request) {
        AdminError error = translate(failure, request.getMethod(), request.getUriInfo().getRequestUri().getPath());
        Refusals.note(request, category(error.code()), error.code().name());
        return Response.status(error.code().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new org.reportschedules.api.admin.model.Error().code(error.code().name()).message(error.message()))
                .build();
    }

    static AdminError translate(Throwable failure, String method, String path) {
        if (failure instanceof AdminRequestRejected rejected) {
            return rejected.error();
        }
        Optional<RequestTooLarge> tooLarge = RequestTooLarge.in(failure);
        if (tooLarge.isPresent()) {
            return new AdminError(AdminErrorCode.PayloadTooLarge, tooLarge.get().getMessage());
        }
        if (failure instanceof MalformedRequest malformed) {
            return new AdminError(AdminErrorCode.MalformedRequest, malformed.getMessage());
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return new AdminError(AdminErrorCode.MalformedRequest, "The field " + EchoedValue.of(unknown.getPropertyName()) + " is not recognized.");
        }
        if (failure instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            return new AdminError(AdminErrorCode.InvalidField, "The value provided for " + fieldName(invalid) + " is invalid: "
                    + EchoedValue.of(invalid.getValue()) + ". Give a value of type " + invalid.getTargetType().getSimpleName() + ".");
        }
        if (failure instanceof JacksonException json) {
            Optional<String> missing = JsonFailures.missingField(json);
            if (missing.isPresent()) {
                return new AdminError(AdminErrorCode.MissingField, "The field " + missing.get() + " is missing.");
            }
            Optional<String> duplicate = JsonFailures.duplicateField(json);
            if (duplicate.isPresent()) {
                return new AdminError(AdminErrorCode.MalformedRequest, "The field " + EchoedValue.of(duplicate.get())
                        + " is given more than once in the request body; give it once.");
            }
            Optional<String> beyondLimits = JsonFailures.beyondReadingLimits(json);
            if (beyondLimits.isPresent()) {
                return new AdminError(AdminErrorCode.MalformedRequest, "The request body holds " + beyondLimits.get() + ".");
            }
            return new AdminError(AdminErrorCode.MalformedRequest, "The request body is not the JSON object this control takes.");
        }
        if (failure instanceof ParamException.QueryParamException param) {
            // Jersey answers a query parameter it cannot convert (status=abc) with a 404, as if the path did not exist.
            return new AdminError(AdminErrorCode.InvalidField, "The value provided for " + param.getParameterName()
                    + " is invalid: give a whole number.");
        }
        if (failure instanceof NotFoundException) {
            return new AdminError(AdminErrorCode.NotFound, "No admin control exists at " + path + ".");
        }
        if (failure instanceof NotAllowedException) {
            return new AdminError(AdminErrorCode.MethodNotAllowed, method + " is not supported on " + path + ".");
        }
        if (failure instanceof NotSupportedException && isPayKeyPath(path)) {
            return new AdminError(AdminErrorCode.UnsupportedMediaType, "This control takes the public key as PEM text, "
                    + "application/x-pem-file or text/plain (curl -H 'content-type: application/x-pem-file' --data-binary @public.pem).");
        }
        if (failure instanceof NotSupportedException) {
            return new AdminError(AdminErrorCode.UnsupportedMediaType, "Admin controls take application/json.");
        }
        if (failure instanceof NotAcceptableException) {
            return new AdminError(AdminErrorCode.NotAcceptable, "Admin controls answer application/json.");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return new AdminError(AdminErrorCode.MalformedRequest, "The request is invalid: " + web.getMessage());
        }
        if (StoreUnavailable.in(failure).isPresent()) {
            return new AdminError(AdminErrorCode.ServiceUnavailable, StoreUnavailable.MESSAGE);
        }
        return new AdminError(AdminErrorCode.InternalError, "The stub failed to process the request; see its log.");
    }

    /** The request journal's word for each error code. */
    static RefusalCategory category(AdminErrorCode code) {
        return switch (code) {
            case MissingField, InvalidField, MalformedRequest -> RefusalCategory.VALIDATION;
            case NotFound -> RefusalCategory.NOT_FOUND;
            case MethodNotAllowed, NotAcceptable, UnsupportedMediaType -> RefusalCategory.UNSUPPORTED;
            case PayloadTooLarge -> RefusalCategory.TOO_LARGE;
            case InternalError, ServiceUnavailable -> RefusalCategory.INTERNAL;
        };
    }

    private static String fieldName(JsonMappingException failure) {
        JsonMappingException.Reference last = failure.getPath().get(failure.getPath().size() - 1);
        return last.getFieldName() != null ? last.getFieldName() : "item " + last.getIndex();
    }
}
