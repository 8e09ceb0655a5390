package org.reportschedules.pay;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.amazon.pay.api.PayConfiguration;
import com.amazon.pay.api.RequestSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportschedules.sdk.OfficialSdk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The server's own verifier against signatures made by the official Java SDK (RequestSigner), without HTTP. */
class PaySignatureCheckTest {

    private static final String LIVE_KEY = "LIVE-AEXAMPLEKEYID0000000001";
    private static final String BODY = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_\","
            + "\"startTime\":\"20221101T000000Z\",\"endTime\":\"20221102T000000Z\"}";

    private static KeyPair keys;

    @BeforeAll
    static void generateKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @Test
    void aPostSignedByTheSdkVerifiesWithBothAlgorithms() throws Exception {
        for (String algorithm : List.of("AMZN-PAY-RSASSA-PSS-V2", "AMZN-PAY-RSASSA-PSS")) {
            Map<String, String> sent = sdkSign(LIVE_KEY, algorithm, "/live/v2/reports", "POST", Map.of(), BODY,
                    Map.of("x-amz-pay-idempotency-key", "abc123"));
            assertDoesNotThrow(() -> strict().check("POST", "/live/v2/reports", null, asReceived(sent), utf8(BODY)), algorithm);
        }
    }

    @Test
    void aGetWithAQuerySignedByTheSdkVerifies() throws Exception {
        Map<String, List<String>> query = new HashMap<>();
        query.put("reportTypes", List.of("_A_,_B_"));
        query.put("pageSize", List.of("1"));
        Map<String, String> sent = sdkSign(LIVE_KEY, "AMZN-PAY-RSASSA-PSS-V2", "/v2/reports/", "GET", query, "", Map.of());
        assertDoesNotThrow(() -> strict().check("GET", "/v2/reports/", "reportTypes=_A_,_B_&pageSize=1", asReceived(sent), new byte[0]));
        assertDoesNotThrow(() -> strict().check("GET", "/v2//reports/", "pageSize=1&reportTypes=_A_%2C_B_", asReceived(sent), new byte[0]),
                "repeated slashes and an escaped comma canonicalize alike");
    }

    @Test
    void anythingAlteredAfterSigningIsRefused() throws Exception {
        Map<String, String> sent = sdkSign(LIVE_KEY, "AMZN-PAY-RSASSA-PSS-V2", "/live/v2/reports", "POST", Map.of(), BODY, Map.of());
        assertRefused(PayReasonCode.InvalidRequestSignature,
                () -> strict().check("POST", "/live/v2/reports", null, asReceived(sent), utf8(BODY.replace("20221102", "20221103"))));
        assertRefused(PayReasonCode.InvalidRequestSignature,
                () -> strict().check("POST", "/sandbox/v2/reports", null, asReceived(sent), utf8(BODY)));
        assertRefused(PayReasonCode.InvalidRequestSignature,
                () -> strict().check("PUT", "/live/v2/reports", null, asReceived(sent), utf8(BODY)));
        assertRefused(PayReasonCode.InvalidRequestSignature,
                () -> strict().check("POST", "/live/v2/reports", "pageSize=2", asReceived(sent), utf8(BODY)));
        Map<String, String> otherRegion = new LinkedHashMap<>(sent);
        otherRegion.put("x-amz-pay-region", "EU");
        assertRefused(PayReasonCode.InvalidRequestSignature,
                () -> strict().check("POST", "/live/v2/reports", null, asReceived(otherRegion), utf8(BODY)));
        Map<String, String> legacyLabel = new LinkedHashMap<>(sent);
        legacyLabel.put("authorization", sent.get("authorization").replace("AMZN-PAY-RSASSA-PSS-V2 ", "AMZN-PAY-RSASSA-PSS "));
        assertRefused(PayReasonCode.InvalidRequestSignature,
                () -> strict().check("POST", "/live/v2/reports", null, asReceived(legacyLabel), utf8(BODY)));
    }

    @Test
    void missingAndMalformedHeaders() throws Exception {
        Map<String, String> sent = sdkSign(LIVE_KEY, "AMZN-PAY-RSASSA-PSS-V2", "/v2/reports", "GET", Map.of(), "", Map.of());

        Map<String, String> unsigned = new LinkedHashMap<>(sent);
        unsigned.remove("authorization");
        assertRefused(PayReasonCode.MissingHeader, () -> strict().check("GET", "/v2/reports", null, asReceived(unsigned), new byte[0]));
        assertDoesNotThrow(() -> check(PaySignatureMode.VERIFY_KNOWN).check("GET", "/v2/reports", null, asReceived(unsigned), new byte[0]));

        Map<String, String> withoutHost = new LinkedHashMap<>(sent);
        withoutHost.remove("x-amz-pay-host");
        assertRefused(PayReasonCode.MissingHeader, () -> strict().check("GET", "/v2/reports", null, asReceived(withoutHost), new byte[0]));

        Map<String, String> withoutDate = new LinkedHashMap<>(sent);
        withoutDate.remove("x-amz-pay-date");
        assertRefused(PayReasonCode.MissingHeaderValue, () -> strict().check("GET", "/v2/reports", null, asReceived(withoutDate), new byte[0]));

        Map<String, String> malformed = new LinkedHashMap<>(sent);
        malformed.put("authorization", "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + LIVE_KEY + ", Signature=abc");
        assertRefused(PayReasonCode.InvalidHeaderValue, () -> strict().check("GET", "/v2/reports", null, asReceived(malformed), new byte[0]));
        Map<String, String> otherScheme = new LinkedHashMap<>(sent);
        otherScheme.put("authorization", sent.get("authorization").replace("AMZN-PAY-RSASSA-PSS-V2", "AWS4-HMAC-SHA256"));
        assertRefused(PayReasonCode.InvalidHeaderValue, () -> strict().check("GET", "/v2/reports", null, asReceived(otherScheme), new byte[0]));
    }

    @Test
    void unknownKeysPassOnlyInVerifyKnownAndOffChecksNothing() throws Exception {
        Map<String, String> sent = sdkSign("LIVE-SOMEONEELSE", "AMZN-PAY-RSASSA-PSS-V2", "/v2/reports", "GET", Map.of(), "", Map.of());
        assertRefused(PayReasonCode.InvalidAuthentication, () -> strict().check("GET", "/v2/reports", null, asReceived(sent), new byte[0]));
        assertDoesNotThrow(() -> check(PaySignatureMode.VERIFY_KNOWN).check("GET", "/v2/reports", null, asReceived(sent), new byte[0]));

        Map<String, String> known = sdkSign(LIVE_KEY, "AMZN-PAY-RSASSA-PSS-V2", "/v2/reports", "GET", Map.of(), "", Map.of());
        assertRefused(PayReasonCode.InvalidRequestSignature,
                () -> check(PaySignatureMode.VERIFY_KNOWN).check("GET", "/v2/reports/1", null, asReceived(known), new byte[0]));
        assertDoesNotThrow(() -> check(PaySignatureMode.OFF).check("GET", "/v2/reports/1", null, asReceived(known), new byte[0]));
    }

    @Test
    void aDateAheadOfTheClockBeyondTheToleranceIsRefused() throws Exception {
        Map<String, String> sent = sdkSign(LIVE_KEY, "AMZN-PAY-RSASSA-PSS-V2", "/v2/reports", "GET", Map.of(), "", Map.of());
        Instant now = Instant.now();
        PaySignatureCheck sixMinutesBehind = new PaySignatureCheck(PaySignatureMode.STRICT, registered(),
                Clock.fixed(now.minus(Duration.ofMinutes(6)), ZoneOffset.UTC), PaySignatureCheck.DEFAULT_DATE_TOLERANCE);
        assertRefused(PayReasonCode.InvalidHeaderValue, () -> sixMinutesBehind.check("GET", "/v2/reports", null, asReceived(sent), new byte[0]));
        PaySignatureCheck fourMinutesBehind = new PaySignatureCheck(PaySignatureMode.STRICT, registered(),
                Clock.fixed(now.minus(Duration.ofMinutes(4)), ZoneOffset.UTC), PaySignatureCheck.DEFAULT_DATE_TOLERANCE);
        assertDoesNotThrow(() -> fourMinutesBehind.check("GET", "/v2/reports", null, asReceived(sent), new byte[0]));
        PaySignatureCheck aDayAhead = new PaySignatureCheck(PaySignatureMode.STRICT, registered(),
                Clock.fixed(now.plus(Duration.ofDays(1)), ZoneOffset.UTC), PaySignatureCheck.DEFAULT_DATE_TOLERANCE);
        assertDoesNotThrow(() -> aDayAhead.check("GET", "/v2/reports", null, asReceived(sent), new byte[0]), "no rule for the past");
    }

    @Test
    void canonicalFormsFollowRfc3986() {
        assertEquals("/", PaySignatureCheck.canonicalPath(""));
        assertEquals("/live/v2/a%20b/c", PaySignatureCheck.canonicalPath("/live//v2/a%20b/c"));
        assertEquals("/v2/x%2Ay", PaySignatureCheck.canonicalPath("/v2/x*y"));
        assertEquals("a=1&a=2&b=%2C&c=", PaySignatureCheck.canonicalQuery("b=,&a=2&c&a=1"));
        assertEquals("x=a%20b", PaySignatureCheck.canonicalQuery("x=a+b"));
        assertEquals("a  b", PaySignatureCheck.canonicalHeaderValue(List.of("  a \tb ")));
    }

    @Test
    void publicKeysAreReadFromPem() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        assertEquals(keys.getPublic(), PayPublicKeys.fromPem(pem));
        assertThrows(IllegalArgumentException.class, () -> PayPublicKeys.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class, () -> PayPublicKeys.parse(List.of("NOEQUALS")));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> PayPublicKeys.parse(List.of("K=/no/such/file.pem")));
        assertEquals(true, missing.getMessage().startsWith("--pay-public-key K: cannot read /no/such/file.pem"), missing.getMessage());
    }

    private static PaySignatureCheck strict() {
        return check(PaySignatureMode.STRICT);
    }

    private static PaySignatureCheck check(PaySignatureMode mode) {
        return new PaySignatureCheck(mode, registered(), Clock.systemUTC(), PaySignatureCheck.DEFAULT_DATE_TOLERANCE);
    }

    private static PayPublicKeys registered() {
        Map<String, PublicKey> byId = Map.of(LIVE_KEY, keys.getPublic());
        return PayPublicKeys.of(byId);
    }

    /** The headers the SDK would send (its own plus the caller's, and the authorization), signed by RequestSigner. */
    private static Map<String, String> sdkSign(String publicKeyId, String algorithm, String path, String method,
                                               Map<String, List<String>> query, String body, Map<String, String> extra) throws Exception {
        PayConfiguration configuration = OfficialSdk.configuration(publicKeyId, null, keys.getPrivate(), algorithm);
        Map<String, String> headers = new HashMap<>(extra);
        Map<String, String> signed = new RequestSigner(configuration)
                .signRequest(new URI("https://pay-api.amazon.com" + path), method, query, body, headers);
        Map<String, String> sent = new LinkedHashMap<>(signed);
        return sent;
    }

    private static Map<String, List<String>> asReceived(Map<String, String> headers) {
        Map<String, List<String>> received = new LinkedHashMap<>();
        headers.forEach((name, value) -> received.put(name, List.of(value)));
        return received;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(PayReasonCode expected, org.junit.jupiter.api.function.Executable call) {
        PayRequestRejected refused = assertThrows(PayRequestRejected.class, call);
        assertEquals(expected, refused.error().reasonCode(), refused.getMessage());
    }
}
