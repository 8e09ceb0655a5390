package org.reportschedules.conformance;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Remembers the last request and response of the scenario running on this thread, so that a failure's
 * report shows what was sent and what came back. Added last to every request, it sees the request as sent.
 */
public final class Exchanges {

    /** Bodies longer than this are cut in reports. */
    public static final int BODY_LIMIT = 1_500;

    public static final Filter RECORDER = Exchanges::record;

    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    private Exchanges() {
    }

    /** The last exchange of this thread's scenario, as text; empty when it sent nothing. */
    public static String last() {
        String last = LAST.get();
        return last == null ? "" : last;
    }

    public static void forget() {
        LAST.remove();
    }

    private static Response record(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        StringBuilder text = new StringBuilder(request.getMethod()).append(' ').append(request.getURI()).append('\n');
        request.getHeaders().forEach(header -> text.append(header.getName()).append(": ").append(header.getValue()).append('\n'));
        Object body = request.getBody();
        text.append('\n').append(cut(body == null ? "" : body.toString())).append("\n\n");
        LAST.set(text.toString());
        Response response = context.next(request, expected);
        text.append(response.getStatusLine()).append('\n');
        response.getHeaders().forEach(header -> text.append(header.getName()).append(": ").append(header.getValue()).append('\n'));
        text.append('\n').append(cut(response.asString()));
        LAST.set(text.toString());
        return response;
    }

    private static String cut(String body) {
        return body.length() <= BODY_LIMIT ? body : body.substring(0, BODY_LIMIT) + " ... (" + body.length() + " characters)";
    }
}
