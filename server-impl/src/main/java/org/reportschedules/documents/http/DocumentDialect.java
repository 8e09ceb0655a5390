package org.reportschedules.documents.http;

import java.util.Optional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.reportschedules.documents.DocumentError;
import org.reportschedules.documents.DocumentErrorCode;
import org.reportschedules.documents.DocumentLinks;
import org.reportschedules.documents.DocumentRefused;
import org.reportschedules.journal.RefusalCategory;
import org.reportschedules.wire.Dialect;
import org.reportschedules.wire.MalformedRequest;
import org.reportschedules.wire.Refusals;
import org.reportschedules.wire.RequestTooLarge;
import org.reportschedules.wire.RequestIds;

/**
 * Report document downloads under /documents, answering as the pre-signed S3 urls Amazon hands out do:
 * errors as S3's {@code <Error>} XML documents (an expired url: 403 AccessDenied "Request has expired"; a
 * url S3 does not know: 403 AccessDenied "Access Denied"), the request id in x-amz-request-id.
 */
public final class DocumentDialect implements Dialect {

    private static final String XML = "application/xml";

    @Override
    public boolean serves(String path) {
        return path.equals(DocumentLinks.PATH) || path.startsWith(DocumentLinks.PATH + "/");
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public String requestIdHeader() {
        return "x-amz-request-id";
    }

    @Override
    public Response answer(Throwable failure, ContainerRequestContext request) {
        DocumentError error = translate(failure);
        Refusals.note(request, category(error.code()), error.code().name());
        return Response.status(error.code().status()).type(XML).entity(xml(error, RequestIds.of(request))).build();
    }

    /** The request journal's word for each error code. */
    static RefusalCategory category(DocumentErrorCode code) {
        return switch (code) {
            case InvalidRequest -> RefusalCategory.VALIDATION;
            case AccessDenied -> RefusalCategory.ACCESS;
            case NoSuchKey -> RefusalCategory.NOT_FOUND;
            case EntityTooLarge -> RefusalCategory.TOO_LARGE;
            case MethodNotAllowed -> RefusalCategory.UNSUPPORTED;
            case InternalError -> RefusalCategory.INTERNAL;
        };
    }

    static DocumentError translate(Throwable failure) {
        if (failure instanceof DocumentRefused refused) {
            return refused.error();
        }
        if (failure instanceof NotAllowedException) {
            return DocumentError.of(DocumentErrorCode.MethodNotAllowed, "The specified method is not allowed against this resource.");
        }
        Optional<RequestTooLarge> tooLarge = RequestTooLarge.in(failure);
        if (tooLarge.isPresent()) {
            return DocumentError.of(DocumentErrorCode.EntityTooLarge, tooLarge.get().getMessage());
        }
        if (failure instanceof MalformedRequest malformed) {
            return DocumentError.of(DocumentErrorCode.InvalidRequest, malformed.getMessage());
        }
        // Any other path under /documents, as S3 answers a key it will not show without permission.
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return DocumentError.accessDenied();
        }
        return DocumentError.of(DocumentErrorCode.InternalError, "We encountered an internal error. Please try again.");
    }

    /** S3's error document; every value is escaped, though only the stub's own texts reach it. */
    static String xml(DocumentError error, String requestId) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
        element(out, "Code", error.code().name());
        element(out, "Message", error.message());
        error.expiry().ifPresent(expiry -> {
            element(out, "X-Amz-Expires", Long.toString(expiry.validFor().toSeconds()));
            element(out, "Expires", seconds(expiry.expiresAt()));
            element(out, "ServerTime", seconds(expiry.serverTime()));
        });
        element(out, "RequestId", requestId);
        return out.append("</Error>").toString();
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void element(StringBuilder out, String name, String text) {
        out.append('<').append(name).append('>');
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.appendCodePoint(c);
            }
        });
        out.append("</").append(name).append('>');
    }
}
