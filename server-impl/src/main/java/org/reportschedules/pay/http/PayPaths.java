package org.reportschedules.pay.http;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriBuilder;

/**
 * Real clients reach the same operation as /v2/..., /live/v2/... or /sandbox/v2/..., some with a trailing
 * slash. Before Jersey matches the request against the generated interface, which knows only /v2/..., the
 * environment prefix (remembered for the merchant) and the trailing slash are stripped.
 */
final class PayPaths {

    private static final String PATH_ENVIRONMENT = "pay.path-environment";
    private static final Pattern PAY_PATH = Pattern.compile("^(?:/(live|sandbox))?(/v2(?:/.*)?)$");

    private PayPaths() {
    }

    static void normalize(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        Matcher m = PAY_PATH.matcher(uri.getRawPath());
        if (!m.matches()) {
            return;
        }
        String path = m.group(2);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (m.group(1) != null) {
            request.setProperty(PATH_ENVIRONMENT, m.group(1));
        }
        if (!path.equals(uri.getRawPath())) {
            URI normalized = UriBuilder.fromUri(uri).replacePath(path).build();
            request.setRequestUri(request.getUriInfo().getBaseUri(), normalized);
        }
    }

    /** The environment the path named (live or sandbox), if it named one. */
    static Optional<String> environmentOf(ContainerRequestContext request) {
        return Optional.ofNullable(request.getProperty(PATH_ENVIRONMENT)).map(Object::toString);
    }
}
