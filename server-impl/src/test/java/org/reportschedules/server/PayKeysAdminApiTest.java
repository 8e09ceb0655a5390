package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import com.amazon.pay.api.AmazonPayResponse;
import com.amazon.pay.api.exceptions.AmazonPayClientException;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.sdk.OfficialSdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Amazon Pay public keys through the admin API, on a stub in the default verify-known mode that was given one key at
 * start: registration (201 new, 200 replaced), description, listing, deletion, every bad input refused with no change,
 * a registered key enforced from the next request, and a reset back to the start keys.
 */
class PayKeysAdminApiTest {

    private static final String START_KEY = "LIVE-STARTKEY";
    private static final String KEYS = "/__admin/pay-public-keys";

    private static KeyPair startPair;
    private static KeyPair pair;
    private static KeyPair otherPair;
    private static StubServer stub;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        startPair = generator.generateKeyPair();
        pair = generator.generateKeyPair();
        otherPair = generator.generateKeyPair();
        StubSettings defaults = StubSettings.onPort(0);
        stub = StubServer.start(defaults.withPay(defaults.pay().withSigning(PaySignatureMode.VERIFY_KNOWN,
                PayPublicKeys.of(Map.of(START_KEY, startPair.getPublic())))));
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @BeforeEach
    void startAgain() throws Exception {
        assertEquals(204, send("POST", "/__admin/reset", null, null).statusCode());
    }

    @Test
    void aKeyIsRegisteredThenReplacedDescribedListedAndDeleted() throws Exception {
        HttpResponse<String> created = register("LIVE-ADMINKEY", "application/x-pem-file", OfficialSdk.publicPem(pair.getPublic()));
        assertEquals(201, created.statusCode(), created.body());
        JSONObject described = new JSONObject(created.body());
        assertEquals("LIVE-ADMINKEY", described.getString("publicKeyId"));
        assertEquals("RSA", described.getString("algorithm"));
        assertEquals(2048, described.getInt("keySize"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pair.getPublic().getEncoded())),
                described.getString("sha256Fingerprint"));
        assertEquals("admin", described.getString("source"));

        HttpResponse<String> replaced = register("LIVE-ADMINKEY", "text/plain", OfficialSdk.publicPem(otherPair.getPublic()));
        assertEquals(200, replaced.statusCode(), replaced.body());
        HttpResponse<String> read = send("GET", KEYS + "/LIVE-ADMINKEY", null, null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(new JSONObject(replaced.body()).similar(new JSONObject(read.body())), read.body());
        assertFalse(described.getString("sha256Fingerprint").equals(new JSONObject(read.body()).getString("sha256Fingerprint")));

        register("AAA-FIRST", "text/plain", OfficialSdk.publicPem(pair.getPublic()));
        assertEquals("AAA-FIRST,LIVE-ADMINKEY,LIVE-STARTKEY", listedIds());
        assertEquals("start", new JSONObject(send("GET", KEYS + "/" + START_KEY, null, null).body()).getString("source"));

        assertEquals(204, send("DELETE", KEYS + "/LIVE-ADMINKEY", null, null).statusCode());
        assertAdminError(send("GET", KEYS + "/LIVE-ADMINKEY", null, null), 404, "NotFound");
        assertAdminError(send("DELETE", KEYS + "/LIVE-ADMINKEY", null, null), 404, "NotFound");
        assertEquals("AAA-FIRST,LIVE-STARTKEY", listedIds());
    }

    @Test
    void badRegistrationsAreRefusedAndChangeNothing() throws Exception {
        register("LIVE-KEPT", "text/plain", OfficialSdk.publicPem(pair.getPublic()));
        String before = send("GET", KEYS, null, null).body();
        String pem = OfficialSdk.publicPem(otherPair.getPublic());
        KeyPairGenerator small = KeyPairGenerator.getInstance("RSA");
        small.initialize(1024);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        String certificate = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUX\n-----END CERTIFICATE-----\n";

        assertAdminError(register("LIVE-KEPT", "text/plain", OfficialSdk.privatePem(pair.getPrivate())), 400, "InvalidField");
        assertAdminError(register("LIVE-KEPT", "text/plain", certificate), 400, "InvalidField");
        assertAdminError(register("LIVE-KEPT", "text/plain", pem.replace("PUBLIC KEY", "RSA PUBLIC KEY")), 400, "InvalidField");
        assertAdminError(register("LIVE-KEPT", "text/plain", OfficialSdk.publicPem(small.generateKeyPair().getPublic())), 400, "InvalidField");
        assertAdminError(register("LIVE-KEPT", "text/plain", OfficialSdk.publicPem(ec.generateKeyPair().getPublic())), 400, "InvalidField");
        assertAdminError(register("LIVE-KEPT", "text/plain", "-----BEGIN PUBLIC KEY-----\n%%%%\n-----END PUBLIC KEY-----\n"), 400, "InvalidField");
        assertAdminError(register("LIVE-KEPT", "text/plain", "garbage"), 400, "InvalidField");
        assertAdminError(register("LIVE-KEPT", "text/plain", ""), 400, "MissingField");
        assertAdminError(register("LIVE-KEPT", "text/plain", "A".repeat(8193)), 413, "PayloadTooLarge");
        assertAdminError(register("LIVE-KEPT", "application/json", pem), 415, "UnsupportedMediaType");
        assertAdminError(register("LIVE-KEPT", "application/x-www-form-urlencoded", pem), 415, "UnsupportedMediaType");
        for (String id : new String[] {"LIVE%20KEPT", "LIVE,KEPT", "LIVE=KEPT", "LIVE%09KEPT", "L".repeat(129)}) {
            assertAdminError(register(id, "text/plain", pem), 400, "InvalidField");
        }
        assertAdminError(register("", "text/plain", pem), 405, "MethodNotAllowed");

        assertEquals(before, send("GET", KEYS, null, null).body(), "a refused registration changes nothing");
    }

    @Test
    void aRegisteredKeyIsEnforcedFromTheNextRequest() throws Exception {
        String id = "LIVE-ENFORCED";
        // Unknown in verify-known mode: accepted unchecked, whatever key signed it.
        assertEquals(200, schedulesSignedWith(id, otherPair).getStatus());

        assertEquals(201, register(id, "application/x-pem-file", OfficialSdk.publicPem(pair.getPublic())).statusCode());
        AmazonPayResponse wrongKey = schedulesSignedWith(id, otherPair);
        assertEquals(403, wrongKey.getStatus(), wrongKey.toString());
        assertEquals("InvalidRequestSignature", wrongKey.getResponse().getString("reasonCode"));
        assertEquals(200, schedulesSignedWith(id, pair).getStatus());

        assertEquals(204, send("DELETE", KEYS + "/" + id, null, null).statusCode());
        assertEquals(200, schedulesSignedWith(id, otherPair).getStatus(), "unknown again, so unchecked");
    }

    @Test
    void aResetForgetsRegisteredKeysAndRestoresDeletedStartKeys() throws Exception {
        register("LIVE-ADMINKEY", "text/plain", OfficialSdk.publicPem(pair.getPublic()));
        assertEquals(204, send("DELETE", KEYS + "/" + START_KEY, null, null).statusCode());
        assertEquals(200, schedulesSignedWith(START_KEY, otherPair).getStatus(), "deleted: unchecked");
        assertEquals("LIVE-ADMINKEY", listedIds());

        assertEquals(204, send("POST", "/__admin/reset", null, null).statusCode());

        assertEquals(START_KEY, listedIds());
        assertEquals(403, schedulesSignedWith(START_KEY, otherPair).getStatus(), "the start key is checked again");
        assertEquals(200, schedulesSignedWith("LIVE-ADMINKEY", otherPair).getStatus(), "the admin key is forgotten");
    }

    private AmazonPayResponse schedulesSignedWith(String publicKeyId, KeyPair signer) throws AmazonPayClientException {
        return OfficialSdk.clientOf(OfficialSdk.configuration(publicKeyId, null, signer.getPrivate(), "AMZN-PAY-RSASSA-PSS-V2"), stub.uri())
                .getReportSchedules();
    }

    private String listedIds() throws Exception {
        JSONArray keys = new JSONObject(send("GET", KEYS, null, null).body()).getJSONArray("payPublicKeys");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < keys.length(); i++) {
            ids.append(i == 0 ? "" : ",").append(keys.getJSONObject(i).getString("publicKeyId"));
        }
        return ids.toString();
    }

    private HttpResponse<String> register(String id, String contentType, String pem) throws Exception {
        return send("PUT", KEYS + "/" + id, contentType, pem);
    }

    private static void assertAdminError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, new JSONObject(response.body()).getString("code"), response.body());
        assertTrue(response.headers().firstValue("x-stub-request-id").isPresent(), response.headers().toString());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path));
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
