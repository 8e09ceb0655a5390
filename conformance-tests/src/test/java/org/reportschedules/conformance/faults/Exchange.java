package org.reportschedules.conformance.faults;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One request through the faulty proxy and, once answered, its response; faults may change either. */
final class Exchange {

    String method;
    String rawPath;
    String rawQuery;
    final Map<String, List<String>> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String requestBody;

    int status;
    final Map<String, List<String>> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String responseBody;

    boolean isPay() {
        return rawPath.startsWith("/v2") || rawPath.startsWith("/live/v2") || rawPath.startsWith("/sandbox/v2");
    }

    /** Whether the request is for this Amazon Pay path, under any of its prefixes, with or without a trailing slash. */
    boolean isPayPath(String path) {
        return rawPath.replaceFirst("^/(live|sandbox)/", "/").replaceFirst("/$", "").equals(path);
    }

    /** The request without this query parameter, as if the client had not sent it. */
    void dropQueryParameter(String name) {
        if (rawQuery != null) {
            rawQuery = rawQuery.replaceAll("(^|&)" + name + "=[^&]*", "");
        }
    }

    /** Answers in place of the stub, or replaces its answer. */
    void answer(int answerStatus, String contentType, String body) {
        status = answerStatus;
        responseHeaders.put("content-type", new ArrayList<>(List.of(contentType)));
        responseBody = body;
    }

    boolean isMws() {
        return rawPath.equals("/") || rawPath.startsWith("/Reports");
    }

    String requestHeader(String name) {
        List<String> values = requestHeaders.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The same request with another method and no body, e.g. to read what a DELETE is about to remove. */
    Exchange copyAs(String otherMethod) {
        Exchange copy = new Exchange();
        copy.method = otherMethod;
        copy.rawPath = rawPath;
        copy.rawQuery = rawQuery;
        copy.requestHeaders.putAll(requestHeaders);
        copy.requestHeaders.remove("content-type");
        copy.requestBody = "";
        return copy;
    }

    /** The form body's parameters, decoded, in order. */
    Map<String, String> formParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (requestBody == null || requestBody.isBlank()) {
            return parameters;
        }
        for (String pair : requestBody.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                    equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
