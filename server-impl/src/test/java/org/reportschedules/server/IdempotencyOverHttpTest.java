package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportschedules.pay.PayDateTimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * x-amz-pay-idempotency-key over HTTP: a repeated create answers as the first did and creates nothing, even
 * after the schedule is gone; another request with the key is refused; malformed keys are refused on POST
 * and ignored on GET and DELETE; keys belong to one merchant; a reset forgets them; racing repeats create once.
 */
class IdempotencyOverHttpTest {

    private static final String SCHEDULES = "/v2/report-schedules";
    private static final String KEY = "0f8fad5bd9cb469fa16570867728950e";
    private static final String DAILY = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"scheduleFrequency\":\"P1D\","
            + "\"nextReportCreationTime\":\"20221118T150630Z\"}";
    /** The same request as DAILY: other field order, other whitespace. */
    private static final String DAILY_LAID_OUT_ANEW = "{ \"nextReportCreationTime\" : \"20221118T150630Z\",\n  \"scheduleFrequency\": \"P1D\",\n"
            + "  \"reportType\": \"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\" }";
    private static final String WEEKLY = DAILY.replace("P1D", "P7D");
    private static final String OTHER_MERCHANT = "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=LIVE-AOTHERMERCHANT, SignedHeaders=accept, Signature=AAAA";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();

    @RegisterExtension
    static final InProcessStub stub = new InProcessStub(StubSettings.onPort(0));

    @BeforeEach
    void startAgain() throws Exception {
        assertEquals(204, send("POST", "/__admin/reset", null, null, null).statusCode());
    }

    @Test
    void aRepeatedCreateAnswersAsTheFirstDidAndCreatesNothing() throws Exception {
        HttpResponse<String> first = post(SCHEDULES, KEY, DAILY);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> again = post(SCHEDULES, KEY, DAILY_LAID_OUT_ANEW);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.body(), again.body());
        assertNotEquals(requestId(first), requestId(again), "each answer has its own request id");
        assertEquals(1, schedules(null).size());
    }

    @Test
    void aRepeatAfterTheScheduleWasCancelledStillAnswersAsTheFirstDid() throws Exception {
        HttpResponse<String> first = post(SCHEDULES, KEY, DAILY);
        String id = json.readTree(first.body()).get("reportScheduleId").asText();
        assertEquals(200, send("DELETE", SCHEDULES + "/" + id, null, null, null).statusCode());

        HttpResponse<String> again = post("/live" + SCHEDULES + "/", KEY, DAILY);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.body(), again.body());
        assertEquals(0, schedules(null).size(), "the repeat created nothing");
    }

    @Test
    void theKeyWithAnotherRequestIsRefusedAndChangesNothing() throws Exception {
        String id = json.readTree(post(SCHEDULES, KEY, DAILY).body()).get("reportScheduleId").asText();

        assertError(post(SCHEDULES + "?deleteExistingSchedule=true", KEY, WEEKLY), 400, "DuplicateIdempotencyKey");
        assertError(post(SCHEDULES + "?deleteExistingSchedule=true", KEY, DAILY), 400, "DuplicateIdempotencyKey");
        assertError(post("/v2/reports", KEY,
                "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"startTime\":\"20221101T000000Z\",\"endTime\":\"20221102T000000Z\"}"),
                400, "DuplicateIdempotencyKey");

        List<JsonNode> listed = schedules(null);
        assertEquals(1, listed.size());
        assertEquals(id, listed.get(0).get("reportScheduleId").asText());
        assertEquals("P1D", listed.get(0).get("scheduleFrequency").asText());
    }

    @Test
    void aRefusedFirstAttemptLeavesTheKeyFreeForTheCorrectedRequest() throws Exception {
        assertError(post(SCHEDULES, KEY, DAILY.replace("P1D", "P2W")), 400, "InvalidParameterValue");
        assertEquals(201, post(SCHEDULES, KEY, DAILY).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0f8fad5bd9cb469fa16570867728950e1", "0f8fad5b.d9cb", "0f8fad5b d9cb", "0f8fad5b+d9cb"})
    void aMalformedKeyIsRefusedOnPostAndNothingIsCreated(String key) throws Exception {
        HttpResponse<String> refused = post(SCHEDULES, key, DAILY);
        assertError(refused, 400, "InvalidHeaderValue");
        assertTrue(refused.body().contains("x-amz-pay-idempotency-key"), refused.body());
        assertError(post("/v2/reports", key, "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\","
                + "\"startTime\":\"20221101T000000Z\",\"endTime\":\"20221102T000000Z\"}"), 400, "InvalidHeaderValue");
        assertEquals(0, schedules(null).size());
    }

    @Test
    void getAndDeleteIgnoreTheKeyEvenAMalformedOne() throws Exception {
        String id = json.readTree(post(SCHEDULES, KEY, DAILY).body()).get("reportScheduleId").asText();
        String malformed = "not a key!";
        assertEquals(200, send("GET", SCHEDULES, null, null, malformed).statusCode());
        assertEquals(200, send("GET", SCHEDULES + "/" + id, null, null, malformed).statusCode());
        assertEquals(200, send("GET", "/v2/reports", null, null, malformed).statusCode());
        assertEquals(200, send("DELETE", SCHEDULES + "/" + id, null, null, malformed).statusCode());
    }

    @Test
    void anotherMerchantMayUseTheSameKeyForItsOwnSchedule() throws Exception {
        HttpResponse<String> mine = post(SCHEDULES, KEY, DAILY);
        HttpResponse<String> theirs = send("POST", SCHEDULES, OTHER_MERCHANT, DAILY, KEY);
        assertEquals(201, theirs.statusCode(), theirs.body());
        assertNotEquals(mine.body(), theirs.body());
        assertEquals(1, schedules(OTHER_MERCHANT).size());
    }

    @Test
    void aResetForgetsTheKeys() throws Exception {
        post(SCHEDULES, KEY, DAILY);
        assertEquals(204, send("POST", "/__admin/reset", null, null, null).statusCode());
        assertEquals(201, post(SCHEDULES, KEY, WEEKLY).statusCode());
    }

    @Test
    void aRepeatedCreateReportAnswersTheSameReport() throws Exception {
        String end = PayDateTimes.format(Instant.now().minusSeconds(60));
        String body = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"startTime\":\"20221101T000000Z\",\"endTime\":\"" + end + "\"}";
        HttpResponse<String> first = post("/v2/reports", KEY, body);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(first.body(), post("/v2/reports", KEY, body).body());
        assertEquals(1, json.readTree(send("GET", "/v2/reports", null, null, null).body()).get("reports").size());
    }

    @Test
    void racingRepeatsWithOneKeyCreateOneScheduleAndAllGetItsId() throws Exception {
        int racers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<HttpResponse<String>>> repeats = IntStream.range(0, racers)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> post(SCHEDULES, KEY, DAILY)).toList();
            Set<String> answers = new HashSet<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(repeats)) {
                assertEquals(201, answer.get().statusCode(), answer.get().body());
                answers.add(answer.get().body());
            }
            assertEquals(1, answers.size(), answers.toString());
            assertEquals(1, schedules(null).size());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<JsonNode> schedules(String authorization) throws Exception {
        HttpResponse<String> listed = send("GET", SCHEDULES, authorization, null, null);
        assertEquals(200, listed.statusCode(), listed.body());
        List<JsonNode> schedules = new ArrayList<>();
        json.readTree(listed.body()).get("reportSchedules").forEach(schedules::add);
        return schedules;
    }

    private void assertError(HttpResponse<String> response, int status, String reasonCode) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(reasonCode, json.readTree(response.body()).get("reasonCode").asText(), response.body());
        assertTrue(response.headers().firstValue("x-amz-pay-request-id").isPresent());
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("x-amz-pay-request-id").orElseThrow();
    }

    private HttpResponse<String> post(String path, String key, String body) throws Exception {
        return send("POST", path, null, body, key);
    }

    private HttpResponse<String> send(String method, String path, String authorization, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path)).header("content-type", "application/json");
        if (authorization != null) {
            request.header("authorization", authorization);
        }
        if (key != null) {
            request.header("x-amz-pay-idempotency-key", key);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
