package org.reportschedules.conformance.pay;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.restassured.config.EncoderConfig;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Replaces the request's authorization header with a real Amazon Pay signature of the request as REST
 * Assured is about to send it.
 *
 * <p>Sign last: add this filter after every filter that changes the request, or the signature covers a
 * request that is not the one sent. A recorder added after it sees the real header.
 *
 * <p>By the time filters run REST Assured has already settled the Accept header (it adds {@code *}{@code /*}
 * when none is given) and the Content-Type header, charset included, so both are read from the headers as
 * they are. The body is hashed as the bytes REST Assured will write, which for a text body depend on the
 * charset it picks, not always UTF-8.
 */
public final class PaySigningFilter implements Filter {

    private final PaySigner signer;

    public PaySigningFilter(PaySigner signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                           FilterContext context) {
        String uri = request.getURI();
        String authorization = signer.authorization(request.getMethod(), rawPath(uri), rawQuery(uri),
                headers(request), body(request));
        request.replaceHeader("authorization", authorization);
        return context.next(request, response);
    }

    /** getURI() is the full URI as it will be sent, still percent-encoded; parsed by hand so no escape is lost. */
    static String rawPath(String uri) {
        String beforeQuery = beforeQuery(uri);
        int scheme = beforeQuery.indexOf("://");
        int pathStart = beforeQuery.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return pathStart < 0 ? "/" : beforeQuery.substring(pathStart);
    }

    static String rawQuery(String uri) {
        String withoutFragment = withoutFragment(uri);
        int question = withoutFragment.indexOf('?');
        return question < 0 ? null : withoutFragment.substring(question + 1);
    }

    private static String beforeQuery(String uri) {
        String withoutFragment = withoutFragment(uri);
        int question = withoutFragment.indexOf('?');
        return question < 0 ? withoutFragment : withoutFragment.substring(0, question);
    }

    private static String withoutFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }

    // A header given twice goes out twice; on the wire that means the values joined with commas.
    private static Map<String, String> headers(FilterableRequestSpecification request) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.getHeaders().forEach(header ->
                headers.merge(header.getName(), header.getValue(), (first, next) -> first + ',' + next));
        return headers;
    }

    private static byte[] body(FilterableRequestSpecification request) {
        if (!request.getFormParams().isEmpty() || !request.getMultiPartParams().isEmpty()) {
            // REST Assured builds such bodies only after the filters, so there is nothing yet to hash.
            throw new IllegalStateException("cannot sign form or multipart bodies; give the body as text or bytes");
        }
        Object body = request.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof CharSequence text) {
            return text.toString().getBytes(textCharset(request));
        }
        // Files and streams would have to be read here, leaving nothing for REST Assured to send.
        throw new IllegalStateException("cannot sign a body of type " + body.getClass().getName()
                + "; give the body as text or bytes");
    }

    /** The charset REST Assured's EncoderRegistry writes a text body in. */
    private static Charset textCharset(FilterableRequestSpecification request) {
        String contentType = request.getContentType();
        String declared = charsetParameter(contentType);
        if (declared != null) {
            return Charset.forName(declared);
        }
        EncoderConfig encoder = request.getConfig().getEncoderConfig();
        if (contentType != null && encoder.hasDefaultCharsetForContentType(contentType)) {
            return Charset.forName(encoder.defaultCharsetForContentType(contentType));
        }
        return Charset.forName(encoder.defaultContentCharset());
    }

    private static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return trimmed.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }
}
