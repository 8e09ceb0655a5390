package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SigningKeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin API speaks its own dialect: {code, message} errors, x-stub-request-id, and a reset that forgets everything. */
class AdminApiTest {

    private static final String MWS_COMMON = "AWSAccessKeyId=K&SignatureVersion=2&SignatureMethod=HmacSHA256"
            + "&Timestamp=2026-11-23T08:00:00Z&Version=2009-01-01&Signature=x&SellerId=ADMIN";

    private static StubServer stub;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubSettings.onPort(0)
                .withMws(new MwsSettings(SignatureMode.OFF, SigningKeys.none(), MwsSettings.Throttling.ON, MwsSettings.ReportTypeRule.STRICT)));
    }

    @AfterAll
    static void stop() {
        stub.close();
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
