package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.amazon.pay.api.AmazonPayResponse;
import com.amazon.pay.api.RequestSigner;
import com.amazon.pay.api.WebstoreClient;
import com.amazon.pay.api.exceptions.AmazonPayClientException;
import com.amazon.pay.api.types.Environment;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportschedules.sdk.OfficialSdk;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySignatureMode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official Amazon Pay Java SDK against a stub in strict signature mode, with freshly generated keys
 * registered: every report call succeeds through the SDK's own signing, for a LIVE- and a SANDBOX- key (and a
 * key without prefix on the /live path form); a request altered after signing, an unknown key and an unsigned
 * request are refused; a key registered through the admin API signs until it is deleted.
 */
class AmazonPaySdkSigningTest {

    private static final String ORDER_REFERENCE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String NEXT = PayDateTimes.format(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    private static final String LIVE_KEY = "LIVE-AGENERATEDKEY00000001";
    private static final String SANDBOX_KEY = "SANDBOX-AGENERATEDKEY00000002";
    private static final String PLAIN_KEY = "AGENERATEDKEY00000003";

    private static StubSettings settings;
    private static StubServer stub;
    private static KeyPair keys;
    private static KeyPair strangerKeys;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        strangerKeys = generator.generateKeyPair();
        PayPublicKeys registered = PayPublicKeys.of(Map.of(LIVE_KEY, keys.getPublic(), SANDBOX_KEY, keys.getPublic(),
                PLAIN_KEY, keys.getPublic()));
        StubSettings defaults = StubSettings.onPort(0);
        settings = defaults.withPay(defaults.pay().withSigning(PaySignatureMode.STRICT, registered));
        stub = StubServer.start(settings);
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void theFourScheduleCallsAreSignedAndVerifiedForALiveAndASandboxKey() throws Exception {
        for (WebstoreClient client : List.of(client(LIVE_KEY, null, keys, "AMZN-PAY-RSASSA-PSS-V2"),
                client(SANDBOX_KEY, null, keys, "AMZN-PAY-RSASSA-PSS"),
                client(PLAIN_KEY, Environment.LIVE, keys, "AMZN-PAY-RSASSA-PSS-V2"))) {
            Map<String, String> idempotency = new HashMap<>();
            idempotency.put("x-amz-pay-idempotency-key", UUID.randomUUID().toString().replace("-", ""));
            AmazonPayResponse created = client.createReportSchedule(new JSONObject()
                    .put("reportType", ORDER_REFERENCE)
                    .put("scheduleFrequency", "P1D")
                    .put("nextReportCreationTime", NEXT), idempotency);
            assertEquals(201, created.getStatus(), created.toString());
            String id = created.getResponse().getString("reportScheduleId");

            AmazonPayResponse list = client.getReportSchedules();
            assertEquals(200, list.getStatus(), list.toString());
            assertEquals(1, list.getResponse().getJSONArray("reportSchedules").length(), list.toString());

            AmazonPayResponse filtered = client.getReportSchedules(ORDER_REFERENCE + ",_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_");
            assertEquals(200, filtered.getStatus(), filtered.toString());
            assertEquals(1, filtered.getResponse().getJSONArray("reportSchedules").length(), filtered.toString());

            AmazonPayResponse byId = client.getReportScheduleById(id);
            assertEquals(200, byId.getStatus(), byId.toString());
            assertEquals(id, byId.getResponse().getString("reportScheduleId"));

            AmazonPayResponse cancelled = client.cancelReportSchedule(id);
            assertEquals(200, cancelled.getStatus(), cancelled.toString());
            AmazonPayResponse gone = client.getReportScheduleById(id);
            assertEquals(404, gone.getStatus(), gone.toString());
        }
    }

    @Test
    void theFourReportCallsAreSignedAndVerifiedForALiveAndASandboxKey() throws Exception {
        for (String publicKeyId : List.of(LIVE_KEY, SANDBOX_KEY)) {
            WebstoreClient client = client(publicKeyId, null, keys, "AMZN-PAY-RSASSA-PSS-V2");
            String end = PayDateTimes.format(settings.clock().instant().truncatedTo(ChronoUnit.SECONDS));
            // The sandbox offers only the settlement report.
            String type = publicKeyId.startsWith("SANDBOX-") ? "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SANDBOX_SETTLEMENT_DATA_" : ORDER_REFERENCE;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Map<String, String> idempotency = new HashMap<>();
                idempotency.put("x-amz-pay-idempotency-key", UUID.randomUUID().toString().replace("-", ""));
                AmazonPayResponse created = client.createReport(new JSONObject()
                        .put("reportType", type)
                        .put("startTime", "20221101T000000Z")
                        .put("endTime", end), idempotency);
                assertEquals(201, created.getStatus(), created.toString());
                ids.add(created.getResponse().getString("reportId"));
            }
            Map<String, List<String>> query = new HashMap<>();
            // Two entries: the SDK sends (and signs) reportTypes twice; the stub verifies, then reads one list.
            query.put("reportTypes", List.of(type, "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"));
            query.put("pageSize", List.of("1"));
            AmazonPayResponse first = client.getReports(query);
            assertEquals(200, first.getStatus(), first.toString());
            AmazonPayResponse second = client.getReports(Map.of("nextToken", List.of(first.getResponse().getString("nextToken"))));
            assertEquals(200, second.getStatus(), second.toString());
            assertEquals(ids.get(0), second.getResponse().getJSONArray("reports").getJSONObject(0).getString("reportId"));

            settings.clock().advance(Duration.ofSeconds(5)); // the processing delay
            AmazonPayResponse byId = client.getReportById(ids.get(0));
            assertEquals(200, byId.getStatus(), byId.toString());
            assertEquals("COMPLETED", byId.getResponse().getString("processingStatus"), byId.toString());
            AmazonPayResponse document = client.getReportDocument(byId.getResponse().getString("reportDocumentId"));
            assertEquals(200, document.getStatus(), document.toString());
        }
    }

    @Test
    void aRequestAlteredAfterSigningIsRefused() throws Exception {
        Map<String, String> signed = sign(LIVE_KEY, keys, "/v2/report-schedules");
        assertEquals(200, send("/v2/report-schedules", signed, Set.of()).statusCode(), "as signed");

        Map<String, String> changedHeader = new HashMap<>(signed);
        changedHeader.put("x-amz-pay-region", "EU");
        assertRefused(403, "InvalidRequestSignature", send("/v2/report-schedules", changedHeader, Set.of()));
        assertRefused(403, "InvalidRequestSignature", send("/v2/reports", signed, Set.of()));
        assertRefused(403, "InvalidRequestSignature", send("/live/v2/report-schedules", signed, Set.of()));
        assertRefused(400, "MissingHeader", send("/v2/report-schedules", signed, Set.of("x-amz-pay-host")));
        assertRefused(400, "MissingHeaderValue", send("/v2/report-schedules", signed, Set.of("x-amz-pay-date")));

        Map<String, String> future = new HashMap<>(signed);
        future.put("x-amz-pay-date", PayDateTimes.format(Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
        assertRefused(400, "InvalidHeaderValue", send("/v2/report-schedules", future, Set.of()));
    }

    @Test
    void anUnknownKeyAndAnUnsignedRequestAreRefusedInStrictMode() throws Exception {
        AmazonPayResponse stranger = client("LIVE-NOTREGISTERED0000001", null, strangerKeys, "AMZN-PAY-RSASSA-PSS-V2").getReportSchedules();
        assertEquals(403, stranger.getStatus(), stranger.toString());
        assertEquals("InvalidAuthentication", stranger.getResponse().getString("reasonCode"));

        AmazonPayResponse wrongKey = client(LIVE_KEY, null, strangerKeys, "AMZN-PAY-RSASSA-PSS-V2").getReportSchedules();
        assertEquals(403, wrongKey.getStatus(), wrongKey.toString());
        assertEquals("InvalidRequestSignature", wrongKey.getResponse().getString("reasonCode"));

        Map<String, String> unsigned = new HashMap<>(sign(LIVE_KEY, keys, "/v2/report-schedules"));
        assertRefused(400, "MissingHeader", send("/v2/report-schedules", unsigned, Set.of("authorization")));
    }

    @Test
    void aKeyRegisteredThroughTheAdminApiSignsUntilItIsDeleted() throws Exception {
        KeyPair registered = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicKeyId = "LIVE-AREGISTEREDKEY0000004";
        WebstoreClient client = client(publicKeyId, null, registered, "AMZN-PAY-RSASSA-PSS-V2");
        assertEquals("InvalidAuthentication", client.getReportSchedules().getResponse().getString("reasonCode"), "not yet registered");

        HttpResponse<String> put = admin(HttpRequest.newBuilder(URI.create(stub.uri() + "/__admin/pay-public-keys/" + publicKeyId))
                .header("content-type", "application/x-pem-file")
                .PUT(HttpRequest.BodyPublishers.ofString(OfficialSdk.publicPem(registered.getPublic()))));
        assertEquals(201, put.statusCode(), put.body());
        Map<String, String> idempotency = new HashMap<>();
        idempotency.put("x-amz-pay-idempotency-key", UUID.randomUUID().toString().replace("-", ""));
        AmazonPayResponse created = client.createReportSchedule(new JSONObject().put("reportType", ORDER_REFERENCE)
                .put("scheduleFrequency", "P1D").put("nextReportCreationTime", NEXT), idempotency);
        assertEquals(201, created.getStatus(), created.toString());
        AmazonPayResponse listed = client.getReportSchedules();
        assertEquals(1, listed.getResponse().getJSONArray("reportSchedules").length(), listed.toString());

        HttpResponse<String> deleted = admin(HttpRequest.newBuilder(URI.create(stub.uri() + "/__admin/pay-public-keys/" + publicKeyId)).DELETE());
        assertEquals(204, deleted.statusCode(), deleted.body());
        AmazonPayResponse refused = client.getReportSchedules();
        assertEquals(403, refused.getStatus(), refused.toString());
        assertEquals("InvalidAuthentication", refused.getResponse().getString("reasonCode"));
    }

    private static HttpResponse<String> admin(HttpRequest.Builder request) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> sign(String publicKeyId, KeyPair pair, String path) throws Exception {
        return new RequestSigner(OfficialSdk.configuration(publicKeyId, null, pair.getPrivate(), "AMZN-PAY-RSASSA-PSS-V2"))
                .signRequest(new URI("https://pay-api.amazon.com" + path), "GET", new HashMap<>(), "", new HashMap<>());
    }

    private static HttpResponse<String> send(String path, Map<String, String> headers, Set<String> left) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path)).GET();
        headers.forEach((name, value) -> {
            if (!left.contains(name)) {
                request.header(name, value);
            }
        });
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefused(int status, String reasonCode, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(reasonCode, new JSONObject(response.body()).getString("reasonCode"), response.body());
        assertFalse(response.headers().firstValue("x-amz-pay-request-id").isEmpty());
    }

    private static WebstoreClient client(String publicKeyId, Environment environment, KeyPair pair, String algorithm)
            throws AmazonPayClientException {
        return OfficialSdk.clientOf(OfficialSdk.configuration(publicKeyId, environment, pair.getPrivate(), algorithm), stub.uri());
    }
}
