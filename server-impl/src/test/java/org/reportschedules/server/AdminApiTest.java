package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SigningKeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin API speaks its own dialect: {code, message} errors, x-stub-request-id; its clock stays in range and
 * moves back only when nothing is stored; a reset returns the stub to its starting state; report outcomes can be
 * planned; and --admin off removes it all.
 */
class AdminApiTest {

    private static final String MWS_COMMON = "AWSAccessKeyId=K&SignatureVersion=2&SignatureMethod=HmacSHA256"
            + "&Timestamp=2026-11-23T08:00:00Z&Version=2009-01-01&Signature=x&SellerId=ADMIN";

    private static final String PAY_TYPE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @RegisterExtension
    static final InProcessStub stub = new InProcessStub(StubSettings.onPort(0)
                .withMws(new MwsSettings(SignatureMode.OFF, SigningKeys.none(), MwsSettings.Throttling.ON, MwsSettings.ReportTypeRule.STRICT)));

    /** Each test starts from a stub as it started: its clock, ids and records. */
    @BeforeEach
    void startAgain() throws Exception {
        assertEquals(204, send("POST", "/__admin/reset", null, null).statusCode());
    }

    @Test
    void aBadDurationIsRefusedInTheAdminForm() throws Exception {
        HttpResponse<String> refused = send("POST", "/__admin/clock/advance", "application/json", "{\"by\":\"-PT1S\"}");
        assertAdminError(refused, 400, "InvalidField");
        assertTrue(refused.body().contains("-PT1S"), refused.body());

        assertAdminError(send("POST", "/__admin/clock/advance", "application/json", "{}"), 400, "MissingField");
        assertAdminError(send("POST", "/__admin/clock/advance", "application/json", "{\"by\":"), 400, "MalformedRequest");
        assertAdminError(send("POST", "/__admin/clock/advance", "application/json", "{\"by\":\"PT1S\",\"x\":1}"), 400, "MalformedRequest");
    }

    @Test
    void unreadableHeadersAreRefusedInTheAdminForm() throws Exception {
        assertAdminError(send("POST", "/__admin/clock/advance", "garbage", "{\"by\":\"PT1S\"}"), 400, "MalformedRequest");
        assertAdminError(send("POST", "/__admin/clock/advance", "text/plain", "{\"by\":\"PT1S\"}"), 415, "UnsupportedMediaType");
    }

    @Test
    void unknownControlsAndMethodsAnswerInTheAdminForm() throws Exception {
        assertAdminError(send("GET", "/__admin/nothing", null, null), 404, "NotFound");
        HttpResponse<String> notAllowed = send("DELETE", "/__admin/clock", null, null);
        assertAdminError(notAllowed, 405, "MethodNotAllowed");
        assertTrue(notAllowed.headers().firstValue("allow").orElse("").contains("GET"), "a 405 names what is allowed");
    }

    @Test
    void aPayMethodNotAllowedStillNamesWhatIs() throws Exception {
        HttpResponse<String> notAllowed = send("PUT", "/v2/report-schedules", "application/json", "{}");
        assertEquals(405, notAllowed.statusCode(), notAllowed.body());
        assertTrue(notAllowed.body().contains("\"reasonCode\":\"UnsupportedOperation\""), notAllowed.body());
        assertTrue(notAllowed.headers().firstValue("allow").orElse("").contains("POST"), notAllowed.headers().toString());
    }

    @Test
    void resetForgetsSchedulesOfBothDialectsAndEveryQuota() throws Exception {
        assertEquals(201, send("POST", "/v2/report-schedules", "application/json",
                "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"scheduleFrequency\":\"P1D\","
                        + "\"nextReportCreationTime\":\"20221118T150630Z\"}").statusCode());
        HttpResponse<String> managed = mws("Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_&Schedule=_1_DAY_");
        assertEquals("79.0", managed.headers().firstValue("x-mws-quota-remaining").orElse(""));

        HttpResponse<String> reset = send("POST", "/__admin/reset", null, null);
        assertEquals(204, reset.statusCode(), reset.body());
        assertTrue(reset.headers().firstValue("x-stub-request-id").isPresent(), reset.headers().toString());

        assertEquals("{\"reportSchedules\":[]}", send("GET", "/v2/report-schedules", null, null).body());
        HttpResponse<String> count = mws("Action=GetReportScheduleCount");
        assertTrue(count.body().contains("<Count>0</Count>"), count.body());
        assertEquals("79.0", count.headers().firstValue("x-mws-quota-remaining").orElse(""), "a full quota again, less this request");
    }

    @Test
    void putClockFreezesItAtTheInstantGiven() throws Exception {
        HttpResponse<String> set = send("PUT", "/__admin/clock", "application/json", "{\"now\":\"2030-01-01T00:00:00Z\"}");
        assertEquals(200, set.statusCode(), set.body());
        assertEquals("{\"now\":\"2030-01-01T00:00:00Z\",\"frozen\":true}", set.body());
        assertTrue(set.headers().firstValue("x-stub-request-id").isPresent(), set.headers().toString());

        HttpResponse<String> withOffset = send("PUT", "/__admin/clock", "application/json", "{\"now\":\"2030-01-02T02:00:00+02:00\"}");
        assertEquals("{\"now\":\"2030-01-02T00:00:00Z\",\"frozen\":true}", withOffset.body());
        assertEquals(withOffset.body(), send("GET", "/__admin/clock", null, null).body());
    }

    @Test
    void theClockGoesBackOnlyWhileNothingIsStored() throws Exception {
        assertEquals(200, setClock("2030-01-01T00:00:00Z").statusCode());
        assertEquals(200, setClock("2029-01-01T00:00:00Z").statusCode(), "nothing stored yet: back is allowed");
        assertEquals(201, createPaySchedule().statusCode());

        HttpResponse<String> back = setClock("2028-12-31T23:59:59Z");
        assertAdminError(back, 400, "InvalidField");
        assertTrue(back.body().contains("cannot go back from 2029-01-01T00:00:00Z to 2028-12-31T23:59:59Z"), back.body());
        assertTrue(back.body().contains("POST /__admin/reset"), back.body());
        assertEquals("{\"now\":\"2029-01-01T00:00:00Z\",\"frozen\":true}", send("GET", "/__admin/clock", null, null).body());

        assertEquals(204, send("POST", "/__admin/reset", null, null).statusCode());
        assertEquals(200, setClock("2028-12-31T23:59:59Z").statusCode(), "after a reset any instant in range is accepted");
    }

    @Test
    void movesBeyondTheClocksRangeAreRefusedAndChangeNothing() throws Exception {
        String frozen = setClock("2030-01-01T00:00:00Z").body();
        for (String by : new String[] {"PT2562047788015215H", "P3000000D", "PT2562047788015216H"}) {
            HttpResponse<String> refused = send("POST", "/__admin/clock/advance", "application/json", "{\"by\":\"" + by + "\"}");
            assertAdminError(refused, 400, "InvalidField");
            assertTrue(refused.body().contains(by), refused.body());
            assertEquals(frozen, send("GET", "/__admin/clock", null, null).body(), by);
        }
        for (String at : new String[] {"9999-01-01T00:00:00Z", "+10240-01-01T00:00:00Z", "1969-12-31T23:59:59Z"}) {
            HttpResponse<String> refused = setClock(at);
            assertAdminError(refused, 400, "InvalidField");
            assertTrue(refused.body().contains("9999-01-01T00:00:00Z"), refused.body());
            assertEquals(frozen, send("GET", "/__admin/clock", null, null).body(), at);
        }
        assertEquals("{\"now\":\"9998-12-31T23:59:59Z\",\"frozen\":true}", setClock("9998-12-31T23:59:59Z").body(), "the range's last second");
        HttpResponse<String> managed = mws("Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_&Schedule=_30_DAYS_");
        assertEquals(200, managed.statusCode(), "MWS still answers at the end of the range: " + managed.body());
        assertTrue(managed.body().contains("<ScheduledDate>9998-12-31T23:59:59+00:00</ScheduledDate>"), managed.body());
    }

    @Test
    void putClockNeedsAnInstantWithAnOffset() throws Exception {
        assertAdminError(setClock("2030-01-01T00:00:00"), 400, "InvalidField");
        assertAdminError(setClock("tomorrow"), 400, "InvalidField");
        assertAdminError(send("PUT", "/__admin/clock", "application/json", "{}"), 400, "MissingField");
        assertAdminError(send("PUT", "/__admin/clock", "application/json", "{\"now\":\"2030-01-01T00:00:00Z\",\"by\":\"PT1S\"}"),
                400, "MalformedRequest");
        assertEquals("false", clockField("frozen"), "nothing changed");
    }

    @Test
    void resetReturnsTheClockToRealTimeAndTheIdsToTheirStart() throws Exception {
        assertEquals(201, createPaySchedule().statusCode());
        send("POST", "/__admin/clock/freeze", null, null);
        send("POST", "/__admin/clock/advance", "application/json", "{\"by\":\"P400D\"}");
        assertEquals("true", clockField("frozen"));

        assertEquals(204, send("POST", "/__admin/reset", null, null).statusCode());

        assertEquals("false", clockField("frozen"), "running again");
        Duration offReal = Duration.between(Instant.parse(clockField("now")), Instant.now()).abs();
        assertTrue(offReal.compareTo(Duration.ofMinutes(1)) < 0, "real time again, not 400 days ahead: " + offReal);
        HttpResponse<String> created = createPaySchedule();
        assertEquals("{\"reportScheduleId\":\"50000000000\"}", created.body(), "ids start again");
    }

    @Test
    void reportOutcomesArePlannedForTheMerchantTheDialectWouldName() throws Exception {
        HttpResponse<String> planned = send("POST", "/__admin/report-outcomes", "application/json",
                "{\"publicKeyId\":\"DEFAULT\",\"reportType\":\"" + PAY_TYPE + "\",\"outcome\":\"FAILED\",\"count\":2}");
        assertEquals(200, planned.statusCode(), planned.body());
        assertEquals("{\"merchant\":\"pay-live:DEFAULT\",\"reportType\":\"" + PAY_TYPE + "\",\"planned\":[\"FAILED\",\"FAILED\"]}", planned.body());
        assertTrue(planned.headers().firstValue("x-stub-request-id").isPresent());

        HttpResponse<String> seller = send("POST", "/__admin/report-outcomes", "application/json",
                "{\"sellerId\":\"A3EXAMPLE4D\",\"reportType\":\"_GET_ORDERS_DATA_\",\"outcome\":\"CANCELLED\"}");
        assertEquals("{\"merchant\":\"mws:A3EXAMPLE4D\",\"reportType\":\"_GET_ORDERS_DATA_\",\"planned\":[\"CANCELLED\"]}", seller.body());

        HttpResponse<String> sandbox = send("POST", "/__admin/report-outcomes", "application/json",
                "{\"publicKeyId\":\"KEY\",\"environment\":\"sandbox\",\"reportType\":\"" + PAY_TYPE + "\",\"outcome\":\"COMPLETED\"}");
        assertTrue(sandbox.body().contains("\"merchant\":\"pay-sandbox:KEY\""), sandbox.body());
    }

    @Test
    void badReportOutcomeOrdersAreRefusedInTheAdminForm() throws Exception {
        String pay = "\"publicKeyId\":\"DEFAULT\",\"reportType\":\"" + PAY_TYPE + "\"";
        assertAdminError(planOutcomes("{" + pay + ",\"outcome\":\"EXPLODED\"}"), 400, "InvalidField");
        HttpResponse<String> inProgress = planOutcomes("{" + pay + ",\"outcome\":\"IN_PROGRESS\"}");
        assertAdminError(inProgress, 400, "InvalidField");
        assertTrue(inProgress.body().contains("IN_PROGRESS is where every report starts"), inProgress.body());
        assertAdminError(planOutcomes("{" + pay + ",\"outcome\":\"FAILED\",\"count\":0}"), 400, "InvalidField");
        HttpResponse<String> notANumber = planOutcomes("{" + pay + ",\"outcome\":\"FAILED\",\"count\":\"two\"}");
        assertAdminError(notANumber, 400, "InvalidField");
        assertTrue(notANumber.body().contains("count"), notANumber.body());
        assertAdminError(planOutcomes("{\"reportType\":\"" + PAY_TYPE + "\",\"outcome\":\"FAILED\"}"), 400, "MissingField");
        assertAdminError(planOutcomes("{" + pay + ",\"sellerId\":\"S\",\"outcome\":\"FAILED\"}"), 400, "InvalidField");
        assertAdminError(planOutcomes("{" + pay + "}"), 400, "MissingField");
        assertAdminError(planOutcomes("{" + pay + ",\"outcome\":\"FAILED\",\"colour\":1}"), 400, "MalformedRequest");

        assertEquals(200, setClock("2020-01-01T00:00:00Z").statusCode(), "no refused order stored anything");
    }

    @Test
    void withoutTheAdminApiItsPathsAnswerLikeAnyUnknownPath() throws Exception {
        try (StubServer closed = StubServer.start(StubSettings.onPort(0).withAdmin(StubSettings.AdminApi.OFF))) {
            for (String[] call : new String[][] {{"GET", "/__admin/clock"}, {"PUT", "/__admin/clock"}, {"POST", "/__admin/reset"},
                    {"POST", "/__admin/report-outcomes"}, {"GET", "/__admin/pay-public-keys"},
                    {"PUT", "/__admin/pay-public-keys/LIVE-KEY"}, {"DELETE", "/__admin/pay-public-keys/LIVE-KEY"}}) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(closed.uri() + call[1]))
                        .method(call[0], HttpRequest.BodyPublishers.noBody());
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, answer.statusCode(), call[0] + " " + call[1] + ": " + answer.body());
                assertTrue(answer.body().contains("\"reasonCode\":\"ResourceNotFound\""), answer.body());
                assertTrue(answer.headers().firstValue("x-amz-pay-request-id").isPresent(), answer.headers().toString());
                assertFalse(answer.headers().firstValue("x-stub-request-id").isPresent(), answer.headers().toString());
            }
        }
    }

    private HttpResponse<String> setClock(String now) throws Exception {
        return send("PUT", "/__admin/clock", "application/json", "{\"now\":\"" + now + "\"}");
    }

    private HttpResponse<String> planOutcomes(String body) throws Exception {
        return send("POST", "/__admin/report-outcomes", "application/json", body);
    }

    private String clockField(String name) throws Exception {
        String body = send("GET", "/__admin/clock", null, null).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private HttpResponse<String> createPaySchedule() throws Exception {
        return send("POST", "/v2/report-schedules", "application/json",
                "{\"reportType\":\"" + PAY_TYPE + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20221118T150630Z\"}");
    }

    private HttpResponse<String> mws(String parameters) throws Exception {
        return send("POST", "/Reports/2009-01-01", "application/x-www-form-urlencoded", parameters + "&" + MWS_COMMON);
    }

    private static void assertAdminError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{\"code\":\"" + code + "\",\"message\":\""), response.body());
        assertFalse(response.body().contains("reasonCode"), response.body());
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
