package org.reportschedules.pay;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;

/**
 * Real clients reach the same operation as /v2/..., /live/v2/... or /sandbox/v2/..., some with a trailing
 * slash. This filter strips the environment prefix (remembering it) and the trailing slash before Jersey
 * matches the request against the generated interface, which knows only /v2/....
 */
@PreMatching
@Priority(100)
public final class PayPathNormalizer implements ContainerRequestFilter {

    /** Request property holding the environment named by the path prefix, when there is one. */
    public static final String PATH_ENVIRONMENT = "pay.path-environment";

    private static final Pattern PAY_PATH = Pattern.compile("^(?:/(live|sandbox))?(/v2(?:/.*)?)$");

    @Override
    public void filter(ContainerRequestContext request) {
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
}
