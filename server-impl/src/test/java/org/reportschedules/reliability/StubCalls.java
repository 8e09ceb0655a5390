package org.reportschedules.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMethod;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SignatureV2;
import org.reportschedules.mws.SigningKeys;

/**
 * Requests to a running stub as two kinds of client send them: Amazon Pay JSON naming its merchant by the
 * authorization header's PublicKeyId, and MWS forms signed (Signature Version 2) with a key the stub knows and
 * dated by the stub's own clock. Safe to share between threads.
 */
final class StubCalls {

    static final String MWS_KEY = "RELIABILITYKEY";
    private static final String MWS_SECRET = "reliability-secret";
    private static final String MWS_PATH = "/Reports/2009-01-01";

    // HTTP/1.1 explicitly: the default offers an h2c upgrade, which UpgradeOfferTest covers on its own.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final Clock stubClock;

    StubCalls(URI base, Clock stubClock) {
        this.base = base;
        this.stubClock = stubClock;
    }

    /** MWS settings that verify this client's signatures; throttling as asked. */
    static MwsSettings mwsVerifyingSignatures(MwsSettings.Throttling throttling) {
        return new MwsSettings(SignatureMode.STRICT, SigningKeys.parse(List.of(MWS_KEY + "=" + MWS_SECRET)),
                throttling, MwsSettings.ReportTypeRule.STRICT);
    }

    /** An Amazon Pay request for the merchant of {@code publicKeyId}; {@code json} null for none. */
    HttpResponse<String> pay(String method, String path, String publicKeyId, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("authorization", "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + publicKeyId + ", SignedHeaders=accept, Signature=AAAA")
                .header("accept", "application/json");
        if (json != null) {
            request.header("content-type", "application/json");
        }
        return send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A signed MWS request of the seller, dated now by the stub's clock. */
    HttpResponse<String> mws(String sellerId, String action, Map<String, String> actionParameters) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("Action", action, "SellerId", sellerId,
                "AWSAccessKeyId", MWS_KEY, "SignatureMethod", "HmacSHA256", "SignatureVersion", "2", "Version", "2009-01-01"));
        parameters.put("Timestamp", stubClock.instant().toString());
        parameters.putAll(actionParameters);
        String host = base.getHost() + ":" + base.getPort();
        parameters.put(SignatureV2.SIGNATURE, SignatureV2.sign(SignatureV2.stringToSign("POST", host, MWS_PATH, parameters),
                MWS_SECRET, SignatureMethod.HmacSHA256));
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(MWS_PATH))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A plain GET of an absolute url, as a client follows a document link. */
    HttpResponse<String> get(URI url) {
        return send(HttpRequest.newBuilder(url).GET());
    }

    /** An admin request with a JSON body. */
    HttpResponse<String> admin(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the stub", e);
        }
    }
}
