package org.reportschedules.conformance.pay;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.amazon.pay.api.PayConfiguration;
import com.amazon.pay.api.RequestSigner;
import com.amazon.pay.api.SignatureHelper;
import com.amazon.pay.api.types.Region;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds the suite's signer to the official Java SDK (amazon-pay-api-sdk-java, test scope only): the SDK's
 * own public SignatureHelper and RequestSigner are called on the same requests, so any drift in
 * canonicalization shows up as a failing equality, not as a guess about what the SDK does.
 */
class PaySignerTest {

    private static final String V2 = "AMZN-PAY-RSASSA-PSS-V2";
    private static final String KEY_ID = "LIVE-AEXAMPLEKEYID1234567";
    private static final String HOST = "pay-api.amazon.com";
    private static final String REPORT_TYPES =
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_,_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_";
    private static final String SCHEDULE = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_\","
            + "\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20250601T000000Z\",\"deleteExistingSchedule\":false}";
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(AMZN-PAY-RSASSA-PSS(?:-V2)?) PublicKeyId=([^,]+), SignedHeaders=([^,]+), Signature=([A-Za-z0-9+/=]+)");

    private static KeyPair keys;
    private static boolean addedBouncyCastle;

    @BeforeAll
    static void generateKeysAndLetTheSdkSign() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        // The SDK asks for provider "BC" by name and registers it only when it parses a PEM key itself.
        addedBouncyCastle = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null
                && Security.addProvider(new BouncyCastleProvider()) > 0;
    }

    @AfterAll
    static void unregisterBouncyCastle() {
        if (addedBouncyCastle) {
            Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
        }
    }

    /**
     * One request as the SDK sees it (its URI, unencoded query parameters, body, caller headers) and as it
     * travels (the query as a client puts it on the wire).
     */
    record Sample(String name, String method, URI uri, Map<String, List<String>> query, String wireQuery,
                  String body, Map<String, String> callerHeaders) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                // The SDK's getReportSchedules: trailing slash, commas sent raw, signed as %2C.
                new Sample("GET, report types sent raw", "GET",
                        URI.create("https://" + HOST + "/live/v2/report-schedules/?reportTypes=" + REPORT_TYPES),
                        Map.of("reportTypes", List.of(REPORT_TYPES)), "reportTypes=" + REPORT_TYPES, "", Map.of()),
                // REST Assured percent-encodes the commas; the signature must not change.
                new Sample("GET, report types percent-encoded", "GET",
                        URI.create("https://" + HOST + "/live/v2/report-schedules"),
                        Map.of("reportTypes", List.of(REPORT_TYPES)), "reportTypes=" + REPORT_TYPES.replace(",", "%2C"),
                        "", Map.of()),
                new Sample("GET, several parameters out of order", "GET",
                        URI.create("https://" + HOST + "/live/v2/report-schedules"),
                        Map.of("b", List.of("2"), "a", List.of("x y", "é*~")), "b=2&a=x+y&a=%C3%A9*~", "", Map.of()),
                // The SDK's createReportSchedule, with the idempotency key a real caller adds.
                new Sample("POST with a JSON body", "POST", URI.create("https://" + HOST + "/live/v2/report-schedules"),
                        null, null, SCHEDULE, Map.of("x-amz-pay-idempotency-key", "5f6bd1a1f4a8470aa2fbd4c4dd2b8e31")),
                new Sample("POST with a non-ASCII body", "POST", URI.create("https://" + HOST + "/live/v2/report-schedules"),
                        null, null, "{\"note\":\"café ☕\"}", Map.of("X-Amz-Pay-Idempotency-Key", "k1")),
                // The SDK's cancelReportSchedule: empty body, hashed as the empty string.
                new Sample("DELETE with an empty body", "DELETE",
                        URI.create("https://" + HOST + "/live/v2/report-schedules/amzn1.scheduleId.1234"), null, null, "",
                        Map.of()),
                // Caller headers the SDK signs as given: trimmed, tabs turned into spaces, names sorted
                // ("trace_id" before "traceid"), a caller's Content-Type replacing its own.
                new Sample("caller headers with whitespace and odd names", "POST",
                        URI.create("https://" + HOST + "/live/v2/report-schedules"), null, null, SCHEDULE,
                        Map.of("Content-Type", "application/json; charset=UTF-8",
                                "X-Amz-Pay-Authtoken", " token with  spaces\tand a tab ",
                                "x-amz-pay-trace_id", "1", "x-amz-pay-traceid", "2")),
                // The SDK signs URI.getPath(): decoded, slashes squeezed, encoded again; so escapes are
                // normalised, %2F becomes a plain slash and a literal + becomes %2B.
                new Sample("path with percent-encoding", "GET",
                        URI.create("https://" + HOST + "/live//v2/report-schedules/id%20with%20space%3a%7E%2a%2Fa+b"),
                        null, null, "", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void canonicalRequestAndStringToSignAreTheSdks(Sample sample) throws Exception {
        SignatureHelper sdk = new SignatureHelper(sdkConfiguration(V2));
        Map<String, List<String>> sdkHeaders = sdk.createPreSignedHeaders(sample.uri(), sample.callerHeaders());

        String sdkCanonical = sdk.createCanonicalRequest(sample.uri(), sample.method(), sample.query(),
                sample.body(), sdkHeaders);
        String ours = PaySigner.canonicalRequest(sample.method(), sample.uri().getRawPath(), sample.wireQuery(),
                asSent(sdkHeaders), sample.body());

        assertEquals(sdkCanonical, ours);
        assertEquals(sdk.createStringToSign(sdkCanonical, V2), PaySigner.stringToSign(PaySigner.Algorithm.V2, ours));
        assertEquals(sdk.createStringToSign(sdkCanonical, "AMZN-PAY-RSASSA-PSS"),
                PaySigner.stringToSign(PaySigner.Algorithm.LEGACY, ours));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theSdksSignatureVerifiesAgainstOurCanonicalRequest(Sample sample) throws Exception {
        Map<String, String> sent = new RequestSigner(sdkConfiguration(V2)).signRequest(sample.uri(), sample.method(),
                sample.query(), sample.body(), sample.callerHeaders());
        Matcher authorization = authorization(sent.get("authorization"));

        String stringToSign = PaySigner.stringToSign(PaySigner.Algorithm.V2, PaySigner.canonicalRequest(
                sample.method(), sample.uri().getRawPath(), sample.wireQuery(), sent, sample.body()));

        assertTrue(verifies(keys.getPublic(), 32, stringToSign, authorization.group(4)));
        String ours = new PaySigner(KEY_ID, keys.getPrivate(), PaySigner.Algorithm.V2)
                .authorization(sample.method(), sample.uri().getRawPath(), sample.wireQuery(), sent, sample.body());
        assertEquals(authorization.group(3), authorization(ours).group(3));
    }

    @Test
    void theEmptyBodyIsHashedAsTheEmptyString() {
        assertTrue(PaySigner.canonicalRequest("DELETE", "/live/v2/report-schedules/x", null, Map.of(), (String) null)
                .endsWith("\n" + EMPTY_SHA256));
    }

    @Test
    void signatureVerifiesWithTheV2ParametersAndNotOnceTheBodyChanges() throws GeneralSecurityException {
        PaySigner signer = new PaySigner(KEY_ID, keys.getPrivate(), PaySigner.Algorithm.V2);
        Map<String, String> headers = referenceHeaders();

        String signature = signatureOf(signer.authorization("POST", "/live/v2/report-schedules", null, headers, SCHEDULE));
        String tampered = SCHEDULE.replace("P1D", "P2D");

        assertTrue(verifies(keys.getPublic(), 32, stringToSign("POST", headers, SCHEDULE), signature));
        assertFalse(verifies(keys.getPublic(), 32, stringToSign("POST", headers, tampered), signature));
    }

    @Test
    void bouncyCastleVerifiesOurSignatureTheWayTheSdkSigns() throws GeneralSecurityException {
        String header = new PaySigner(KEY_ID, keys.getPrivate(), PaySigner.Algorithm.V2)
                .authorization("POST", "/live/v2/report-schedules", null, referenceHeaders(), SCHEDULE);
        // The very algorithm name, provider and parameters of the SDK's SignatureHelper.generateSignature.
        Signature sdkStyle = Signature.getInstance("SHA256WithRSA/PSS", BouncyCastleProvider.PROVIDER_NAME);
        sdkStyle.setParameter(new PSSParameterSpec("SHA-256", "MGF1", new MGF1ParameterSpec("SHA-256"), 32, 1));
        sdkStyle.initVerify(keys.getPublic());
        sdkStyle.update(stringToSign("POST", referenceHeaders(), SCHEDULE).getBytes(StandardCharsets.UTF_8));

        assertTrue(sdkStyle.verify(Base64.getDecoder().decode(signatureOf(header))));
    }

    @Test
    void legacySignsWithTheLegacyLabelAndSaltLength() throws GeneralSecurityException {
        PaySigner signer = new PaySigner(KEY_ID, keys.getPrivate(), PaySigner.Algorithm.LEGACY);
        String header = signer.authorization("GET", "/live/v2/report-schedules", null, referenceHeaders(), "");
        String stringToSign = PaySigner.stringToSign(PaySigner.Algorithm.LEGACY,
                PaySigner.canonicalRequest("GET", "/live/v2/report-schedules", null, referenceHeaders(), ""));

        assertEquals("AMZN-PAY-RSASSA-PSS", authorization(header).group(1));
        assertTrue(stringToSign.startsWith("AMZN-PAY-RSASSA-PSS\n"));
        assertTrue(verifies(keys.getPublic(), 20, stringToSign, signatureOf(header)));
        assertFalse(verifies(keys.getPublic(), 32, stringToSign, signatureOf(header)));
    }

    @Test
    void headerHasTheReferenceLayout() {
        Map<String, String> headers = new LinkedHashMap<>(referenceHeaders());
        headers.put("User-Agent", "amazon-pay-api-sdk-java/2.6.7");
        headers.put("Authorization", "stale");
        headers.put("Host", HOST);

        String header = new PaySigner(KEY_ID, keys.getPrivate(), PaySigner.Algorithm.V2)
                .authorization("GET", "/live/v2/report-schedules", "reportTypes=A,B", headers, "");
        Matcher parts = authorization(header);

        assertEquals(V2, parts.group(1));
        assertEquals(KEY_ID, parts.group(2));
        assertEquals("accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region", parts.group(3));
        assertEquals(256, Base64.getDecoder().decode(parts.group(4)).length);
        assertTrue(header.startsWith(V2 + " PublicKeyId=" + KEY_ID + ", SignedHeaders="));
    }

    @Test
    void signedHeadersAreLowerCasedSortedTrimmedAndTabsBecomeSpaces() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Amz-Pay-Region", " NA ");
        headers.put("Content-Type", "application/json;\tcharset=UTF-8");
        headers.put("ACCEPT", "application/json");

        assertEquals("GET\n/\n\naccept:application/json\ncontent-type:application/json; charset=UTF-8\n"
                        + "x-amz-pay-region:NA\n\naccept;content-type;x-amz-pay-region\n" + EMPTY_SHA256,
                PaySigner.canonicalRequest("GET", "", "", headers, ""));
    }

    /**
     * The filter, end to end: a server that knows only the public key rebuilds the canonical request from
     * what it received on the socket and checks the signature, so the filter must have signed the request
     * exactly as REST Assured sent it (final Content-Type with charset, body bytes, encoded path and query).
     */
    @Test
    void filterSignsTheRequestAsRestAssuredSendsIt() throws IOException {
        List<String> failures = new ArrayList<>();
        HttpServer server = verifyingServer(failures);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            PaySigningFilter filter = new PaySigningFilter(new PaySigner(KEY_ID, keys.getPrivate(), PaySigner.Algorithm.V2));

            given(base, filter).queryParam("reportTypes", REPORT_TYPES).get("/live/v2/report-schedules");
            given(base, filter).contentType(ContentType.JSON).get("/live/v2/report-schedules/{id}", "id with space");
            given(base, filter).contentType(ContentType.JSON).header("x-amz-pay-idempotency-key", "k1")
                    .body("{\"note\":\"café ☕\"}").post("/live/v2/report-schedules");
            given(base, filter).contentType("text/plain").header("x-amz-pay-idempotency-key", "k2")
                    .body("déjà vu").post("/live/v2/report-schedules");
            given(base, filter).body(new byte[] {1, 2, (byte) 0xFF}).contentType("application/octet-stream")
                    .post("/live/v2/report-schedules");
            given(base, filter).contentType(ContentType.JSON).delete("/live/v2/report-schedules/amzn1.scheduleId.1");
        } finally {
            server.stop(0);
        }
        assertEquals(List.of(), failures);
    }

    private static RequestSpecification given(String base, PaySigningFilter filter) {
        return RestAssured.given().baseUri(base).filter(filter)
                .accept("application/json")
                .header("x-amz-pay-date", "20250529T100000Z")
                .header("x-amz-pay-host", "127.0.0.1")
                .header("x-amz-pay-region", "NA")
                .header("authorization", "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=stub, Signature=c3R1Yg==");
    }

    private static HttpServer verifyingServer(List<String> failures) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String problem = problemWith(exchange);
            if (problem != null) {
                failures.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + problem);
            }
            exchange.getResponseHeaders().add("x-amz-pay-request-id", "r1");
            exchange.sendResponseHeaders(problem == null ? 200 : 401, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String problemWith(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> received = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> received.put(name, String.join(",", values)));
        Matcher authorization = authorization(received.get("Authorization"));
        String stringToSign = PaySigner.stringToSign(PaySigner.Algorithm.V2, PaySigner.canonicalRequest(
                exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), received, body));
        try {
            return verifies(keys.getPublic(), 32, stringToSign, authorization.group(4))
                    ? null : "signature does not verify; received " + received;
        } catch (GeneralSecurityException e) {
            return e.toString();
        }
    }

    private static Map<String, String> referenceHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("Content-Type", "application/json");
        headers.put("X-Amz-Pay-Date", "20250529T100000Z");
        headers.put("X-Amz-Pay-Host", HOST);
        headers.put("X-Amz-Pay-Region", "NA");
        return headers;
    }

    private static String stringToSign(String method, Map<String, String> headers, String body) {
        return PaySigner.stringToSign(PaySigner.Algorithm.V2,
                PaySigner.canonicalRequest(method, "/live/v2/report-schedules", null, headers, body));
    }

    private static boolean verifies(PublicKey key, int saltLength, String stringToSign, String signature)
            throws GeneralSecurityException {
        Signature pss = Signature.getInstance("RSASSA-PSS");
        pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, saltLength, 1));
        pss.initVerify(key);
        pss.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        return pss.verify(Base64.getDecoder().decode(signature));
    }

    private static Matcher authorization(String header) {
        Matcher matcher = AUTHORIZATION.matcher(header);
        assertTrue(matcher.matches(), () -> "not an Amazon Pay authorization: " + header);
        return matcher;
    }

    private static String signatureOf(String header) {
        return authorization(header).group(4);
    }

    private static PayConfiguration sdkConfiguration(String algorithm) {
        return new PayConfiguration().setRegion(Region.NA).setPublicKeyId(KEY_ID)
                .setPrivateKey(keys.getPrivate()).setAlgorithm(algorithm);
    }

    /** What the SDK puts on the wire from its header lists, under names in mixed case plus unsigned ones. */
    private static Map<String, String> asSent(Map<String, List<String>> sdkHeaders) {
        Map<String, String> sent = new LinkedHashMap<>();
        sdkHeaders.forEach((name, values) -> sent.put(name.toUpperCase(), String.join(",", values)));
        sent.put("User-Agent", "amazon-pay-api-sdk-java/2.6.7 (Java/17)");
        sent.put("Content-Length", "0");
        return sent;
    }
}
