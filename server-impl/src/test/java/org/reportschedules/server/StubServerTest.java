package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.ScheduleByIdShape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The switchable Pay choices, end to end over HTTP (the conformance suite covers the defaults). */
class StubServerTest {

    private static final String CREATE = """
            {"reportType":"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_","scheduleFrequency":"P1D","nextReportCreationTime":"20221118T150630Z"}""";

    // HTTP/1.1 explicitly: the default offers an h2c upgrade, which UpgradeOfferTest covers on its own.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void wrappedShapeAndConflictStatus409CanBeChosen() throws Exception {
        StubSettings settings = StubSettings.onPort(0).withPay(new PaySettings(ScheduleByIdShape.WRAPPED, 409));
        try (StubServer stub = StubServer.start(settings)) {
            HttpResponse<String> created = send(stub, "POST", "/v2/report-schedules", CREATE);
            assertEquals(201, created.statusCode());
            String id = created.body().replaceAll("\\D", "");

            HttpResponse<String> byId = send(stub, "GET", "/v2/report-schedules/" + id, null);
            assertEquals(200, byId.statusCode());
            assertTrue(byId.body().startsWith("{\"reportSchedules\":[{\"reportScheduleId\":\"" + id + "\""), byId.body());

            HttpResponse<String> conflict = send(stub, "POST", "/v2/report-schedules", CREATE);
            assertEquals(409, conflict.statusCode());
            assertTrue(conflict.body().contains(id), conflict.body());
        }
    }

    @Test
    void portZeroPicksAFreePortAndTheUriNamesIt() {
        try (StubServer stub = StubServer.start(StubSettings.onPort(0))) {
            assertTrue(stub.uri().getPort() > 0, stub.uri().toString());
        }
    }

    @Test
    void anIpv6LiteralIsListenedOnAndBracketedInTheUri() throws Exception {
        StubSettings onPortZero = StubSettings.onPort(0);
        StubSettings ipv6 = new StubSettings("::1", 0, onPortZero.clock(), onPortZero.pay(), onPortZero.mws(), onPortZero.admin(),
                onPortZero.reportProcessingDelay(), onPortZero.https());
        try (StubServer stub = StubServer.start(ipv6)) {
            assertTrue(stub.uri().toString().startsWith("http://[::1]:"), stub.uri().toString());
            assertTrue(stub.uri().getPort() > 0 && stub.uri().getPort() != 80, stub.uri().toString());
            assertEquals(200, send(stub, "GET", "/v2/report-schedules", null).statusCode());
        }
    }

    private HttpResponse<String> send(StubServer stub, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path)).header("content-type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
