package org.reportschedules.pay.http;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;

import org.reportschedules.pay.PayCaller;

/**
 * Real clients reach the same operation as /v2/..., /live/v2/... or /sandbox/v2/..., some with a trailing
 * slash. Before Jersey matches the request against the generated interface, which knows only /v2/..., the
 * environment prefix (remembered for the merchant) and the trailing slash are stripped.
 */
final class PayPaths {

    private static final String PATH_ENVIRONMENT = "pay.path-environment";
    private static final String RECEIVED_PATH = "pay.received-path";
    private static final Pattern PAY_PATH = Pattern.compile("^(?:/(live|sandbox))?(/v2(?:/.*)?)$", Pattern.DOTALL); // a decoded path may hold line breaks (%0D%0A)

    private PayPaths() {
    }

    /** A Pay path as the generated interface knows it, and the environment its prefix named, if any. */
    record PayPath(Optional<String> environment, String path) {
    }

    /** Splits a raw request path into its environment prefix and the /v2 path without a trailing slash. */
    static Optional<PayPath> split(String rawPath) {
        Matcher m = PAY_PATH.matcher(rawPath);
        if (!m.matches()) {
            return Optional.empty();
        }
        String path = m.group(2);
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(new PayPath(Optional.ofNullable(m.group(1)), path));
    }

    static void normalize(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        split(uri.getRawPath()).ifPresent(pay -> {
            pay.environment().ifPresent(environment -> request.setProperty(PATH_ENVIRONMENT, environment));
            if (!pay.path().equals(uri.getRawPath())) {
                request.setProperty(RECEIVED_PATH, uri.getPath());
                request.setRequestUri(request.getUriInfo().getBaseUri(), UriBuilder.fromUri(uri).replacePath(pay.path()).build());
            }
        });
    }

    /** The path as the client sent it (decoded), for messages: /live/v2/nothing, not the /v2/nothing it was matched as. */
    static String receivedPath(ContainerRequestContext request) {
        return request.getProperty(RECEIVED_PATH) instanceof String received ? received : request.getUriInfo().getRequestUri().getPath();
    }

    /** Who calls, from one look-up of the request (each look-up through Jersey's injection costs a GET some 4%). */
    static PayCaller callerOf(ContainerRequestContext request) {
        return new PayCaller(request.getHeaderString(HttpHeaders.AUTHORIZATION), environmentOf(request));
    }

    /** The environment the path named (live or sandbox), if it named one. */
    static Optional<String> environmentOf(ContainerRequestContext request) {
        return Optional.ofNullable(request.getProperty(PATH_ENVIRONMENT)).map(Object::toString);
    }
}
