package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stub with a data directory, stopped and started again in this JVM: what it kept, and what a reset forgets. */
class DurableStubTest {

    private static final String CREATE = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_\","
            + "\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"2030-01-02T00:00:00Z\"}";
    private static final String REPORT = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_\","
            + "\"startTime\":\"2029-12-01T00:00:00Z\",\"endTime\":\"2029-12-02T00:00:00Z\"}";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsSchedulesReportsKeysAndTheFrozenClock() throws Exception {
        String scheduleId;
        String reportId;
        try (StubServer stub = start()) {
            assertEquals(200, send(stub, "PUT", "/__admin/clock", "{\"now\":\"2030-01-01T00:00:00Z\"}", null).statusCode());
            scheduleId = idIn(send(stub, "POST", "/v2/report-schedules", CREATE, "key-1"), "reportScheduleId");
            reportId = idIn(send(stub, "POST", "/v2/reports", REPORT, null), "reportId");
        }
        try (StubServer stub = start()) {
            assertTrue(send(stub, "GET", "/__admin/clock", null, null).body().contains("2030-01-01T00:00:00Z"), "still frozen where it was");
            assertTrue(send(stub, "GET", "/v2/report-schedules/" + scheduleId, null, null).body().contains(scheduleId));
            assertEquals(200, send(stub, "GET", "/v2/reports/" + reportId, null, null).statusCode());
            HttpResponse<String> repeat = send(stub, "POST", "/v2/report-schedules", CREATE, "key-1");
            assertEquals(scheduleId, idIn(repeat, "reportScheduleId"), "the key's first answer, not a new schedule");
            HttpResponse<String> otherRequest = send(stub, "POST", "/v2/report-schedules", CREATE.replace("P1D", "P7D"), "key-1");
            assertTrue(otherRequest.body().contains("DuplicateIdempotencyKey"), otherRequest.body());
            String next = idIn(send(stub, "POST", "/v2/report-schedules?deleteExistingSchedule=true", CREATE, null), "reportScheduleId");
            assertTrue(Long.parseLong(next) > Long.parseLong(scheduleId), next);

            assertEquals(204, send(stub, "POST", "/__admin/reset", null, null).statusCode());
        }
        try (StubServer stub = start()) {
            assertEquals("{\"reportSchedules\":[]}", send(stub, "GET", "/v2/report-schedules", null, null).body(), "the reset emptied the directory too");
            assertEquals("50000000000", idIn(send(stub, "POST", "/v2/report-schedules", CREATE, "key-1"), "reportScheduleId"),
                    "ids start again and the key is forgotten");
        }
    }

    @Test
    void theHelpNamesTheFlag() {
        assertTrue(StubServerCommand.commandLine().getUsageMessage().contains("--data-dir=DIR"));
    }

    private StubServer start() {
        return StubServer.start(StubSettings.onPort(0).withDataDir(dataDir));
    }

    private HttpResponse<String> send(StubServer stub, String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        if (key != null) {
            request.header("x-amz-pay-idempotency-key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String idIn(HttpResponse<String> reply, String field) {
        assertEquals(201, reply.statusCode(), reply.body());
        return reply.body().replaceAll(".*\"" + field + "\":\"(\\d+)\".*", "$1");
    }
}
