package org.reportschedules.mws.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.jersey.server.internal.InternalServerProperties;
import org.reportschedules.mws.MwsError;
import org.reportschedules.mws.MwsErrorCode;
import org.reportschedules.mws.MwsParameters;

/**
 * Real MWS clients send parameters in a form body (the official Java client, ScaleLeap), or all of them in
 * the query string of a POST sent as text/xml with an empty body (npm amazon-mws), and the docs' own example
 * says "Content-Type: x-www-form-urlencoded". Before Jersey matches the request, query and body are joined
 * into one form, so the generated interface sees every parameter whichever way it came, and the decoded
 * parameters are kept for the resource.
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

        // Jersey reads @FormParam values from the form it decoded once and keeps under this property: handed the
        // parameters decoded here, it neither reads the body again nor decodes it (encoding the parameters into a
        // new body for Jersey to decode was 7% of an MWS request). The body it is told of is empty, as it now is.
        Form decoded = new Form();
        parameters.values().forEach(decoded::param);
        request.setProperty(InternalServerProperties.FORM_DECODED_PROPERTY, decoded);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, "0");
        request.getHeaders().remove("Transfer-Encoding");
        request.setEntityStream(InputStream.nullInputStream());
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
}
