package org.reportschedules.adminclient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which journal entries to count, list or forget, as GET /__admin/requests takes them: every entry, narrowed by
 * merchant, operation, status and time. {@code RequestFilter.all().operation("createReportSchedule").status(201)}.
 */
public final class RequestFilter {

    private final Map<String, String> parameters;

    private RequestFilter(Map<String, String> parameters) {
        this.parameters = parameters;
    }

    public static RequestFilter all() {
        return new RequestFilter(Map.of());
    }

    /** One merchant, named as journal entries name it: pay-live:KEY, pay-sandbox:KEY, mws:SELLER. */
    public RequestFilter merchant(String merchant) {
        return with("merchant", merchant);
    }

    /** One Amazon Pay merchant by its public key id (a SANDBOX- prefix means the sandbox). */
    public RequestFilter publicKeyId(String publicKeyId) {
        return with("publicKeyId", publicKeyId);
    }

    /** One MWS seller. */
    public RequestFilter sellerId(String sellerId) {
        return with("sellerId", sellerId);
    }

    /** One operation: an operationId such as createReportSchedule, or an MWS Action. */
    public RequestFilter operation(String operation) {
        return with("operation", operation);
    }

    public RequestFilter status(int status) {
        return with("status", Integer.toString(status));
    }

    /** Answered at or after this instant of the stub's clock. */
    public RequestFilter since(Instant since) {
        return with("since", since.toString());
    }

    /** Answered before this instant of the stub's clock. */
    public RequestFilter until(Instant until) {
        return with("until", until.toString());
    }

    private RequestFilter with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return new RequestFilter(more);
    }

    /** The query string, without '?', empty for every entry. */
    String query() {
        return parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? "every request" : parameters.toString();
    }
}
