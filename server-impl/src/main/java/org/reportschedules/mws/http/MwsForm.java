package org.reportschedules.mws.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.reportschedules.mws.MwsError;
import org.reportschedules.mws.MwsErrorCode;
import org.reportschedules.mws.MwsParameters;

/**
 * Real MWS clients send parameters in a form body (the official Java client, ScaleLeap), or all of them in
 * the query string of a POST sent as text/xml with an empty body (npm amazon-mws), and the docs' own example
 * says "Content-Type: x-www-form-urlencoded". Before Jersey matches the request, query and body are joined
 * into one form body, so the generated interface sees every parameter whichever way it came, and the
 * decoded parameters are kept for the resource.
 */
final class MwsForm {

    private static final String PARAMETERS = "mws.parameters";

    private MwsForm() {
    }

    static void merge(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String body = readBody(request);
        if (!body.isBlank() && !isForm(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            throw new MwsError(MwsErrorCode.InvalidParameterValue,
                    "MWS parameters are sent as an application/x-www-form-urlencoded body or in the query string.").rejection();
        }
        MwsParameters parameters = MwsParameters.decode(request.getUriInfo().getRequestUri().getRawQuery(), body.strip());
        request.setProperty(PARAMETERS, parameters);

        byte[] form = encode(parameters.values()).getBytes(StandardCharsets.UTF_8);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(form.length));
        request.getHeaders().remove("Transfer-Encoding");
        request.setEntityStream(new ByteArrayInputStream(form));
    }

    /** The parameters {@link #merge} read; none for a request it did not read (not a POST, or refused). */
    static MwsParameters of(ContainerRequestContext request) {
        return request.getProperty(PARAMETERS) instanceof MwsParameters parameters ? parameters : new MwsParameters(Map.of());
    }

    private static boolean isForm(String contentType) {
        return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("x-www-form-urlencoded");
    }

    private static String readBody(ContainerRequestContext request) {
        try {
            return new String(request.getEntityStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MwsError(MwsErrorCode.InputStreamDisconnected, "The request body could not be read completely.").rejection();
        }
    }

    private static String encode(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
