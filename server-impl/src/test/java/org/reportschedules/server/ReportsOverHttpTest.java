package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportschedules.pay.PayDateTimes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A schedule fires, its report is listed and its document downloaded, end to end over HTTP, with the stub's
 * clock moved instead of waiting: the download link works for 30 seconds and then answers as an expired
 * pre-signed S3 url does.
 */
class ReportsOverHttpTest {

    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";

    // HTTP/1.1 explicitly: the default offers an h2c upgrade, which UpgradeOfferTest covers on its own.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final StubSettings settings = StubSettings.onPort(0);
    private StubServer stub;

    @BeforeEach
    void start() {
        settings.clock().freeze();
        stub = StubServer.start(settings);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aDailyScheduleDueAnHourAgoHasMadeAReportWhoseDocumentDownloadsFor30Seconds() throws Exception {
        Instant now = settings.clock().instant();
        String due = PayDateTimes.format(now.minus(Duration.ofHours(1)));
        HttpResponse<String> created = send("POST", "/v2/report-schedules",
                "{\"reportType\":\"" + ORDERS + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"" + due + "\"}");
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> listed = send("GET", "/v2/reports?reportTypes=" + ORDERS + "&processingStatuses=COMPLETED", null);
        assertEquals(200, listed.statusCode(), listed.body());
        JsonNode reports = json.readTree(listed.body()).get("reports");
        assertEquals(1, reports.size(), listed.body());
        JsonNode report = reports.get(0);
        assertEquals(due, report.get("endTime").asText());
        assertEquals(PayDateTimes.format(now.minus(Duration.ofHours(25))), report.get("startTime").asText());
        assertFalse(json.readTree(listed.body()).has("nextToken"), listed.body());

        HttpResponse<String> byId = send("GET", "/v2/reports/" + report.get("reportId").asText(), null);
        assertEquals(200, byId.statusCode(), byId.body());
        assertEquals(report, json.readTree(byId.body()));

        String documentId = report.get("reportDocumentId").asText();
        HttpResponse<String> document = send("GET", "/v2/report-documents/" + documentId, null);
        assertEquals(200, document.statusCode(), document.body());
        JsonNode link = json.readTree(document.body());
        assertEquals(documentId, link.get("reportDocumentId").asText());
        assertEquals("N/A", link.get("compressionAlgorithm").asText());
        URI url = URI.create(link.get("url").asText());
        assertTrue(url.toString().startsWith(stub.uri() + "/documents/"), url.toString());

        HttpResponse<String> csv = get(url);
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("text/csv", csv.headers().firstValue("content-type").orElseThrow());
        assertTrue(csv.body().startsWith("AmazonOrderReferenceId,SellerOrderId,OrderReferenceStatus,"), csv.body());
        assertEquals(4, csv.body().split("\r\n").length, csv.body());
        assertTrue(csv.headers().firstValue("x-amz-request-id").isPresent());

        settings.clock().advance(Duration.ofSeconds(31));
        HttpResponse<String> expired = get(url);
        assertEquals(403, expired.statusCode(), expired.body());
        assertEquals("application/xml", expired.headers().firstValue("content-type").orElseThrow());
        assertTrue(expired.body().contains("<Error><Code>AccessDenied</Code><Message>Request has expired</Message>"), expired.body());

        HttpResponse<String> unknown = get(URI.create(stub.uri() + "/documents/nothing-here"));
        assertEquals(403, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("<Message>Access Denied</Message>"), unknown.body());
    }

    @Test
    void aReportAskedForIsInProgressThenCompletedAndTheListPages() throws Exception {
        String end = PayDateTimes.format(settings.clock().instant());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = send("POST", "/v2/reports",
                    "{\"reportType\":\"" + ORDERS + "\",\"startTime\":\"2026-01-01T00:00:00Z\",\"endTime\":\"" + end + "\"}");
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(created.body().matches("\\{\"reportId\":\"\\d{11}\"}"), created.body());
            assertTrue(created.headers().firstValue("x-amz-pay-request-id").isPresent());
        }
        assertEquals("IN_PROGRESS", json.readTree(send("GET", "/v2/reports", null).body()).get("reports").get(0).get("processingStatus").asText());

        settings.clock().advance(Duration.ofSeconds(5));
        JsonNode first = json.readTree(send("GET", "/v2/reports/?pageSize=2", null).body());
        assertEquals("COMPLETED", first.get("reports").get(0).get("processingStatus").asText());
        assertEquals(2, first.get("reports").size());
        JsonNode second = json.readTree(send("GET", "/v2/reports?nextToken=" + first.get("nextToken").asText(), null).body());
        assertEquals(1, second.get("reports").size());

        HttpResponse<String> notANumber = send("GET", "/v2/reports?pageSize=ten", null);
        assertEquals(400, notANumber.statusCode(), notANumber.body());
        assertEquals("InvalidParameterValue", json.readTree(notANumber.body()).get("reasonCode").asText(), notANumber.body());
        assertTrue(notANumber.body().contains("pageSize"), notANumber.body());

        HttpResponse<String> withToken = send("GET", "/v2/reports?pageSize=10&nextToken=" + first.get("nextToken").asText(), null);
        assertEquals(400, withToken.statusCode(), withToken.body());
        assertEquals("InvalidParameterCombination", json.readTree(withToken.body()).get("reasonCode").asText(), withToken.body());
    }

    private HttpResponse<String> get(URI url) throws Exception {
        return http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path)).header("content-type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
