package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.amazon.pay.api.AmazonPayResponse;
import com.amazon.pay.api.WebstoreClient;
import com.amazon.pay.api.exceptions.AmazonPayClientException;
import com.amazon.pay.api.types.Environment;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportschedules.sdk.OfficialSdk;
import org.reportschedules.pay.PayDateTimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official Amazon Pay Java SDK (software.amazon.pay:amazon-pay-api-sdk-java), unchanged, against the stub.
 * The SDK's host is fixed to https://pay-api.amazon.com (its overrideServiceURL is always https), so a minimal
 * subclass overrides the SDK's public {@code callAPI}, swaps scheme and authority for the stub's and hands the
 * call back to the SDK, which signs and sends it as usual.
 */
class AmazonPaySdkTest {

    /** A time still ahead, so the schedule has not fired (and moved on) when it is read back. */
    private static final String NEXT = PayDateTimes.format(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    private static final String ORDER_REFERENCE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String SIGNING_ALGORITHM = "AMZN-PAY-RSASSA-PSS-V2";

    private static StubSettings settings;
    private static StubServer stub;
    private static KeyPair keys;

    @BeforeAll
    static void start() throws Exception {
        settings = StubSettings.onPort(0);
        stub = StubServer.start(settings);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void theFourReportScheduleCallsWorkThroughTheSdk() throws Exception {
        // A LIVE-/SANDBOX- key: the SDK uses the /v2/... path form.
        WebstoreClient client = client("SANDBOX-AEXAMPLEKEYID0000000001", null);

        Map<String, String> idempotency = newIdempotencyKey();
        AmazonPayResponse created = client.createReportSchedule(new JSONObject()
                .put("reportType", ORDER_REFERENCE)
                .put("scheduleFrequency", "P1D")
                .put("nextReportCreationTime", NEXT)
                .put("deleteExistingSchedule", "false"), idempotency);
        assertEquals(201, created.getStatus(), created.toString());
        assertHasRequestId(created);
        String id = created.getResponse().getString("reportScheduleId");
        assertFalse(id.isBlank(), created.toString());
        assertEquals("/v2/report-schedules", created.getUrl().getRawPath());
        assertSignedBySdk(created, "SANDBOX-AEXAMPLEKEYID0000000001", "x-amz-pay-idempotency-key;");

        // Same report type, no deleteExistingSchedule, null header map: a 4xx naming the existing schedule.
        // The SDK throws nothing for a 4xx; it hands back status and parsed body (and reads no request id).
        AmazonPayResponse refused = client.createReportSchedule(new JSONObject()
                .put("reportType", ORDER_REFERENCE)
                .put("scheduleFrequency", "P7D")
                .put("nextReportCreationTime", NEXT), null);
        assertTrue(refused.getStatus() >= 400 && refused.getStatus() < 500, refused.toString());
        assertFalse(refused.isSuccess());
        assertEquals("InvalidRequest", refused.getResponse().getString("reasonCode"), refused.toString());
        assertTrue(refused.getResponse().getString("message").contains(id), refused.toString());

        AmazonPayResponse list = client.getReportSchedules(); // sent as GET /v2/report-schedules/?
        assertEquals(200, list.getStatus(), list.toString());
        assertHasRequestId(list);
        JSONArray schedules = list.getResponse().getJSONArray("reportSchedules");
        assertEquals(1, schedules.length(), list.toString());
        assertEquals(id, schedules.getJSONObject(0).getString("reportScheduleId"));
        assertEquals("P1D", schedules.getJSONObject(0).getString("scheduleFrequency"), "the refused create changed nothing");

        AmazonPayResponse filtered = client.getReportSchedules(ORDER_REFERENCE + ",_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_");
        assertEquals(200, filtered.getStatus(), filtered.toString());
        assertHasRequestId(filtered);
        assertEquals(1, filtered.getResponse().getJSONArray("reportSchedules").length(), filtered.toString());

        AmazonPayResponse byId = client.getReportScheduleById(id);
        assertEquals(200, byId.getStatus(), byId.toString());
        assertHasRequestId(byId);
        assertEquals(id, byId.getResponse().getString("reportScheduleId"), byId.toString());
        assertEquals(ORDER_REFERENCE, byId.getResponse().getString("reportType"));
        assertEquals("P1D", byId.getResponse().getString("scheduleFrequency"));
        assertEquals(NEXT, byId.getResponse().getString("nextReportCreationTime"));

        AmazonPayResponse cancelled = client.cancelReportSchedule(id);
        assertEquals(200, cancelled.getStatus(), cancelled.toString());
        assertHasRequestId(cancelled);

        AmazonPayResponse gone = client.getReportScheduleById(id);
        assertEquals(404, gone.getStatus(), gone.toString());
        assertEquals("ResourceNotFound", gone.getResponse().getString("reasonCode"), gone.toString());
    }

    @Test
    void anotherPublicKeyIdIsAnotherMerchant() throws Exception {
        WebstoreClient owner = client("SANDBOX-AEXAMPLEKEYID0000000002", null);
        // A key without the LIVE-/SANDBOX- prefix: the SDK uses the /sandbox/v2/... path form, same environment.
        WebstoreClient stranger = client("AEXAMPLEKEYID0000000003", Environment.SANDBOX);

        AmazonPayResponse created = owner.createReportSchedule(new JSONObject()
                .put("reportType", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_")
                .put("scheduleFrequency", "PT12H")
                .put("nextReportCreationTime", NEXT), null);
        assertEquals(201, created.getStatus(), created.toString());
        String id = created.getResponse().getString("reportScheduleId");
        assertEquals(1, owner.getReportSchedules().getResponse().getJSONArray("reportSchedules").length());

        AmazonPayResponse strangersList = stranger.getReportSchedules();
        assertEquals(200, strangersList.getStatus(), strangersList.toString());
        assertHasRequestId(strangersList);
        assertEquals("/sandbox/v2/report-schedules/", strangersList.getUrl().getRawPath());
        assertEquals(0, strangersList.getResponse().getJSONArray("reportSchedules").length(), strangersList.toString());
        assertSignedBySdk(strangersList, "AEXAMPLEKEYID0000000003", "");

        AmazonPayResponse strangersGet = stranger.getReportScheduleById(id);
        assertEquals(404, strangersGet.getStatus(), strangersGet.toString());
        assertEquals("ResourceNotFound", strangersGet.getResponse().getString("reasonCode"));
    }

    @Test
    void theFourReportCallsWorkThroughTheSdk() throws Exception {
        WebstoreClient client = client("LIVE-AEXAMPLEKEYID0000000004", null);
        String end = PayDateTimes.format(settings.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AmazonPayResponse created = client.createReport(new JSONObject()
                    .put("reportType", ORDER_REFERENCE)
                    .put("startTime", "20221101T000000Z")
                    .put("endTime", end), newIdempotencyKey());
            assertEquals(201, created.getStatus(), created.toString());
            assertHasRequestId(created);
            ids.add(created.getResponse().getString("reportId"));
        }

        // The SDK sends each list entry as a parameter of its own (reportTypes=A&reportTypes=B): read as one list.
        Map<String, List<String>> query = new HashMap<>();
        query.put("reportTypes", List.of(ORDER_REFERENCE, "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"));
        query.put("pageSize", List.of("1"));
        AmazonPayResponse first = client.getReports(query); // sent as GET /v2/reports/?...
        assertEquals(200, first.getStatus(), first.toString());
        assertHasRequestId(first);
        assertEquals(ids.get(1), first.getResponse().getJSONArray("reports").getJSONObject(0).getString("reportId"));
        AmazonPayResponse second = client.getReports(Map.of("nextToken", List.of(first.getResponse().getString("nextToken"))));
        assertEquals(200, second.getStatus(), second.toString());
        assertEquals(ids.get(0), second.getResponse().getJSONArray("reports").getJSONObject(0).getString("reportId"));
        assertFalse(second.getResponse().has("nextToken"), second.toString());

        settings.clock().advance(Duration.ofSeconds(5)); // the processing delay
        AmazonPayResponse byId = client.getReportById(ids.get(0));
        assertEquals(200, byId.getStatus(), byId.toString());
        assertHasRequestId(byId);
        assertEquals("COMPLETED", byId.getResponse().getString("processingStatus"), byId.toString());
        assertEquals(end, byId.getResponse().getString("endTime"));

        AmazonPayResponse document = client.getReportDocument(byId.getResponse().getString("reportDocumentId"));
        assertEquals(200, document.getStatus(), document.toString());
        assertHasRequestId(document);
        assertEquals("N/A", document.getResponse().getString("compressionAlgorithm"));
        HttpResponse<String> csv = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(document.getResponse().getString("url"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().startsWith("AmazonOrderReferenceId,"), csv.body());
    }

    /** A create the SDK sends again with the same idempotency key (a retry after a lost answer) gets the same schedule. */
    @Test
    void aCreateRepeatedWithTheSameIdempotencyKeyGetsTheSameSchedule() throws Exception {
        WebstoreClient client = client("LIVE-AEXAMPLEKEYID0000000005", null);
        Map<String, String> idempotency = newIdempotencyKey();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            AmazonPayResponse created = client.createReportSchedule(new JSONObject()
                    .put("reportType", ORDER_REFERENCE)
                    .put("scheduleFrequency", "P1D")
                    .put("nextReportCreationTime", NEXT), idempotency);
            assertEquals(201, created.getStatus(), created.toString());
            assertHasRequestId(created);
            ids.add(created.getResponse().getString("reportScheduleId"));
        }
        assertEquals(ids.get(0), ids.get(1));
        assertEquals(1, client.getReportSchedules().getResponse().getJSONArray("reportSchedules").length());

        AmazonPayResponse changed = client.createReportSchedule(new JSONObject()
                .put("reportType", ORDER_REFERENCE)
                .put("scheduleFrequency", "P7D")
                .put("nextReportCreationTime", NEXT), idempotency);
        assertEquals(400, changed.getStatus(), changed.toString());
        assertEquals("DuplicateIdempotencyKey", changed.getResponse().getString("reasonCode"), changed.toString());
    }

    /** A header map with a new key, as the SDK makes one: a random UUID without dashes. */
    private static Map<String, String> newIdempotencyKey() {
        Map<String, String> headers = new HashMap<>();
        headers.put("x-amz-pay-idempotency-key", UUID.randomUUID().toString().replace("-", ""));
        return headers;
    }

    /** Configured as the SDK's README says: key id, region, PEM private key, algorithm (and environment for legacy ids). */
    private static WebstoreClient client(String publicKeyId, Environment environment) throws AmazonPayClientException {
        return OfficialSdk.clientOf(OfficialSdk.configuration(publicKeyId, environment, keys.getPrivate(), SIGNING_ALGORITHM), stub.uri());
    }

    /** The SDK hands back the header line as "X-Amz-Pay-Request-Id: value" (Apache's Header.toString()). */
    private static void assertHasRequestId(AmazonPayResponse response) {
        String requestId = response.getRequestId();
        assertTrue(requestId != null && requestId.matches("(?i)x-amz-pay-request-id: *\\S+"), response.toString());
    }

    /**
     * The request went out signed, by the SDK, with the generated key: the headers it reports having sent carry a
     * signature that verifies against the public key over the canonical request (no query parameters here).
     */
    private static void assertSignedBySdk(AmazonPayResponse response, String publicKeyId, String extraSignedHeaders)
            throws Exception {
        Map<String, String> sent = response.getHeaders();
        assertTrue(sent.get("x-amz-pay-date").matches("\\d{8}T\\d{6}Z"), sent.toString());
        assertEquals("127.0.0.1", sent.get("x-amz-pay-host"));
        assertEquals("NA", sent.get("x-amz-pay-region"));
        String signedHeaders = "accept;content-type;x-amz-pay-date;x-amz-pay-host;" + extraSignedHeaders + "x-amz-pay-region";
        String prefix = SIGNING_ALGORITHM + " PublicKeyId=" + publicKeyId + ", SignedHeaders=" + signedHeaders + ", Signature=";
        String authorization = sent.get("authorization");
        assertTrue(authorization.startsWith(prefix), authorization);

        StringBuilder canonical = new StringBuilder(response.getMethod()).append('\n')
                .append(response.getUrl().getRawPath()).append("\n\n");
        Map<String, String> signed = new TreeMap<>();
        for (String name : signedHeaders.split(";")) {
            signed.put(name, sent.get(name));
        }
        signed.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
        canonical.append('\n').append(signedHeaders).append('\n').append(sha256Hex(response.getRawRequest()));
        String stringToSign = SIGNING_ALGORITHM + "\n" + sha256Hex(canonical.toString());

        Signature verifier = Signature.getInstance("RSASSA-PSS");
        verifier.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        verifier.initVerify(keys.getPublic());
        verifier.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(authorization.substring(prefix.length()))), canonical.toString());
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
