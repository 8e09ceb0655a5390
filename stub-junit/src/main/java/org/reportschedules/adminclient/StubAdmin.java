package org.reportschedules.adminclient;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stub's admin API (/__admin) as typed calls, over HTTP: the same client drives a stub started in this JVM
 * and one running elsewhere ({@link #of(URI)}). A refused call throws {@link StubAdminException} with the stub's
 * code and message.
 */
public final class StubAdmin {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JOURNAL_PAGE = 1000;

    private final URI base;
    // HTTP/1.1: an older stub's Grizzly hangs on the h2c upgrade the JDK client offers by default.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private StubAdmin(URI base) {
        this.base = base;
    }

    /** The admin API of the stub at this base URL (http://host:port, with or without a trailing slash). */
    public static StubAdmin of(URI baseUri) {
        String text = baseUri.toString();
        return new StubAdmin(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
    }

    /**
     * Back to the starting state: every merchant's schedules, reports and planned outcomes, the MWS quotas, the ids,
     * the keys registered here and the request journal are forgotten; the clock runs on real time again.
     */
    public void reset() {
        send("POST", "/__admin/reset", BodyPublishers.noBody(), null);
    }

    public ClockReading clock() {
        return clockOf(send("GET", "/__admin/clock", BodyPublishers.noBody(), null));
    }

    /** Stops the clock at this instant (forward only while the stub holds records); what became due fires first. */
    public ClockReading setClock(Instant now) {
        return clockOf(send("PUT", "/__admin/clock", json("now", now.toString()), "application/json"));
    }

    /** Moves the clock forward, frozen or running; what became due fires before this returns. */
    public ClockReading advanceClock(Duration by) {
        return clockOf(send("POST", "/__admin/clock/advance", json("by", by.toString()), "application/json"));
    }

    public ClockReading freezeClock() {
        return clockOf(send("POST", "/__admin/clock/freeze", BodyPublishers.noBody(), null));
    }

    public ClockReading resumeClock() {
        return clockOf(send("POST", "/__admin/clock/resume", BodyPublishers.noBody(), null));
    }

    /** How many journal entries match: "my client called createReportSchedule exactly once". */
    public long countRequests(RequestFilter filter) {
        return read(send("GET", "/__admin/requests/count" + query(filter.query()), BodyPublishers.noBody(), null))
                .path("count").asLong();
    }

    /** The matching journal entries still kept, newest first. */
    public List<RecordedRequest> requests(RequestFilter filter) {
        List<RecordedRequest> entries = new ArrayList<>();
        String next = null;
        do {
            String page = join(filter.query(), "limit=" + JOURNAL_PAGE)
                    + (next == null ? "" : "&nextToken=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            JsonNode answer = read(send("GET", "/__admin/requests?" + page, BodyPublishers.noBody(), null));
            answer.path("requests").forEach(entry -> entries.add(recorded(entry)));
            next = answer.hasNonNull("nextToken") ? answer.get("nextToken").asText() : null;
        } while (next != null);
        return entries;
    }

    /** Forgets every journal entry. */
    public void clearRequests() {
        send("DELETE", "/__admin/requests", BodyPublishers.noBody(), null);
    }

    /** Forgets one merchant's entries (the filter's merchant, publicKeyId or sellerId), leaving other tests' alone. */
    public void clearRequests(RequestFilter merchantFilter) {
        send("DELETE", "/__admin/requests" + query(merchantFilter.query()), BodyPublishers.noBody(), null);
    }

    /** The stub verifies this key's Amazon Pay signatures from the next request; a reset forgets it. */
    public void registerPayPublicKey(String publicKeyId, PublicKey key) {
        registerPayPublicKey(publicKeyId, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
    }

    /** As {@link #registerPayPublicKey(String, PublicKey)}, with the key as PEM text (-----BEGIN PUBLIC KEY-----). */
    public void registerPayPublicKey(String publicKeyId, String publicKeyPem) {
        send("PUT", "/__admin/pay-public-keys/" + pathSegment(publicKeyId), BodyPublishers.ofString(publicKeyPem),
                "application/x-pem-file");
    }

    public void deletePayPublicKey(String publicKeyId) {
        send("DELETE", "/__admin/pay-public-keys/" + pathSegment(publicKeyId), BodyPublishers.noBody(), null);
    }

    private HttpResponse<String> send(String method, String pathAndQuery, BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(CALL_TIMEOUT)
                .header("accept", "application/json").method(method, body);
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new StubAdminException(method + " " + base + pathAndQuery + " reached no stub: " + e, 0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StubAdminException(method + " " + base + pathAndQuery + " was interrupted", 0, "");
        }
        if (response.statusCode() >= 300) {
            throw refusal(method + " " + pathAndQuery, response);
        }
        return response;
    }

    private static StubAdminException refusal(String call, HttpResponse<String> response) {
        JsonNode error = parsedOrEmpty(response.body());
        if (error.hasNonNull("code") && error.hasNonNull("message")) {
            return new StubAdminException(call + " was refused: " + response.statusCode() + " " + error.get("code").asText()
                    + ": " + error.get("message").asText(), response.statusCode(), error.get("code").asText());
        }
        // Not the admin API's own error form: most often a stub started with its admin API off (--admin off).
        return new StubAdminException(call + " answered " + response.statusCode() + " without the admin API's error body ("
                + response.body() + "); is the stub's admin API on?", response.statusCode(), "");
    }

    private static JsonNode parsedOrEmpty(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new StubAdminException("The stub's admin API answered a body that is not JSON: " + response.body(),
                    response.statusCode(), "");
        }
    }

    private static ClockReading clockOf(HttpResponse<String> response) {
        JsonNode clock = read(response);
        return new ClockReading(Instant.parse(clock.path("now").asText()), clock.path("frozen").asBoolean());
    }

    private static RecordedRequest recorded(JsonNode entry) {
        return new RecordedRequest(entry.path("id").asLong(), Instant.parse(entry.path("time").asText()),
                entry.path("method").asText(), entry.path("path").asText(), entry.path("dialect").asText(),
                optional(entry, "merchant"), optional(entry, "operation"), entry.path("body").path("text").asText(),
                entry.path("response").path("status").asInt(), entry.path("response").path("body").path("text").asText(),
                optional(entry.path("refusal"), "code"));
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static BodyPublisher json(String field, String value) {
        return BodyPublishers.ofString(JSON.createObjectNode().put(field, value).toString());
    }

    private static String query(String query) {
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String join(String query, String more) {
        return query.isEmpty() ? more : query + "&" + more;
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "StubAdmin[" + base + "]";
    }
}
