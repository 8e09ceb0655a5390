package org.reportschedules.mws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.reportschedules.server.Dialect;

/**
 * Real MWS clients send parameters in a form body (the official Java client, ScaleLeap), or all of them in
 * the query string of a POST sent as text/xml with an empty body (npm amazon-mws), and the docs' own example
 * says "Content-Type: x-www-form-urlencoded". Before Jersey matches the request, this filter joins query and
 * body into one form body, so the generated interface sees every parameter whichever way it came, and keeps
 * the decoded parameters for the signature check.
 */
@PreMatching
@Priority(200)
public final class MwsParameterMerger implements ContainerRequestFilter {

    public static final String PARAMETERS = "mws.parameters";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (Dialect.of(path) != Dialect.MWS || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String body = readBody(request);
        if (!body.isBlank() && !isForm(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            throw MwsError.sender(400, "InvalidParameterValue",
                    "MWS parameters are sent as an application/x-www-form-urlencoded body or in the query string.").rejection();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        decodeInto(request.getUriInfo().getRequestUri().getRawQuery(), parameters);
        decodeInto(body.strip(), parameters);
        request.setProperty(PARAMETERS, new MwsParameters(parameters));

        byte[] form = encode(parameters).getBytes(StandardCharsets.UTF_8);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(form.length));
        request.getHeaders().remove("Transfer-Encoding");
        request.setEntityStream(new ByteArrayInputStream(form));
    }

    public static MwsParameters of(ContainerRequestContext request) {
        Object parameters = request.getProperty(PARAMETERS);
        return parameters instanceof MwsParameters p ? p : new MwsParameters(Map.of());
    }

    private static boolean isForm(String contentType) {
        return contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("x-www-form-urlencoded");
    }

    private static String readBody(ContainerRequestContext request) {
        try {
            return new String(request.getEntityStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw MwsError.sender(400, "InputStreamDisconnected", "The request body could not be read completely.").rejection();
        }
    }

    private static void decodeInto(String encoded, Map<String, String> parameters) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.isEmpty()) {
                refuseWhatXmlCannotCarry(name, value);
                if (parameters.putIfAbsent(name, value) != null) {
                    throw MwsError.sender(400, "InvalidParameterValue",
                            "Parameter " + name + " is given more than once.").rejection();
                }
            }
        }
    }

    /** Such a value could never be answered in XML; the live service refused it, and so does the stub. */
    private static void refuseWhatXmlCannotCarry(String name, String value) {
        int illegal = Math.max(XmlCharacters.firstIllegal(name), XmlCharacters.firstIllegal(value));
        if (illegal >= 0) {
            throw MwsError.sender(400, "InvalidParameterValue", String.format(
                    "Parameter %s contains the character U+%04X, which MWS does not accept.",
                    XmlCharacters.sanitize(name), illegal)).rejection();
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw MwsError.sender(400, "InvalidParameterValue", "Malformed URL encoding in '" + text + "'.").rejection();
        }
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

}
