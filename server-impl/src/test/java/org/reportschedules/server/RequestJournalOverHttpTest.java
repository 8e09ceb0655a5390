package org.reportschedules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SigningKeys;

/**
 * The request journal as a test suite uses it: what a client sent and was answered, credentials masked, bodies cut,
 * filtered by merchant, operation, status and time, paged, counted, and cleared per merchant; health and version.
 */
class RequestJournalOverHttpTest {

    private static final String PAY_TYPE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String PAY_SIGNATURE = "c2VjcmV0LXNpZ25hdHVyZS1ub3QtdG8tc2hvdw==";
    private static final String MWS_SIGNATURE = "mwsSecretSignatureValue";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @RegisterExtension
    static final InProcessStub stub = new InProcessStub(StubSettings.onPort(0)
                .withMws(new MwsSettings(SignatureMode.OFF, SigningKeys.none(), MwsSettings.Throttling.ON, MwsSettings.ReportTypeRule.STRICT)));

    @BeforeEach
    void startAgain() throws Exception {
        assertEquals(204, send("POST", "/__admin/reset", null, null, null).statusCode());
        assertEquals(204, send("DELETE", "/__admin/requests", null, null, null).statusCode());
    }

    @Test
    void aCreateIsCountedOnceAndRecordedWithItsSignatureMasked() throws Exception {
        HttpResponse<String> created = createPaySchedule("LIVE-JOURNALA");
        assertEquals(201, created.statusCode(), created.body());

        assertEquals(1, count("?operation=createReportSchedule&publicKeyId=LIVE-JOURNALA"));
        assertEquals(1, count("?operation=createReportSchedule&merchant=pay-live:LIVE-JOURNALA"));
        assertEquals(0, count("?operation=createReportSchedule&publicKeyId=LIVE-SOMEONEELSE"));
        HttpResponse<String> listed = send("GET", "/__admin/requests?publicKeyId=LIVE-JOURNALA", null, null, null);
        assertEquals(200, listed.statusCode());
        assertFalse(listed.body().contains(PAY_SIGNATURE), "the signature is never shown: " + listed.body());
        JsonNode entry = JSON.readTree(listed.body()).get("requests").get(0);
        assertEquals("POST", entry.get("method").asText());
        assertEquals("/live/v2/report-schedules", entry.get("path").asText());
        assertEquals("pay", entry.get("dialect").asText());
        assertEquals("pay-live:LIVE-JOURNALA", entry.get("merchant").asText());
        assertEquals(201, entry.get("response").get("status").asInt());
        assertTrue(entry.get("body").get("text").asText().contains(PAY_TYPE));
        assertTrue(entry.get("response").get("body").get("text").asText().contains("reportScheduleId"));
        String authorization = entry.get("headers").get("authorization").get(0).asText();
        assertTrue(authorization.startsWith("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=LIVE-JOURNALA"), authorization);
        assertTrue(authorization.endsWith("Signature=****"), authorization);
        assertEquals("idem-1", entry.get("headers").get("x-amz-pay-idempotency-key").get(0).asText());
        assertFalse(entry.has("refusal"));
    }

    @Test
    void mwsRequestsAreRecordedWithTheirActionAndSellerAndTheirSignatureMasked() throws Exception {
        String form = "AWSAccessKeyId=AKIAJOURNAL&Action=GetReportScheduleCount&SellerId=JSELLER&SignatureVersion=2"
                + "&SignatureMethod=HmacSHA256&Timestamp=" + now() + "&Version=2009-01-01&Signature=" + MWS_SIGNATURE;
        assertEquals(200, send("POST", "/Reports/2009-01-01", "application/x-www-form-urlencoded", form, null).statusCode());
        assertEquals(200, send("POST", "/Reports/2009-01-01?Signature=" + MWS_SIGNATURE, "application/x-www-form-urlencoded",
                form.replace("&Signature=" + MWS_SIGNATURE, ""), null).statusCode());

        HttpResponse<String> listed = send("GET", "/__admin/requests?sellerId=JSELLER", null, null, null);
        assertFalse(listed.body().contains(MWS_SIGNATURE), listed.body());
        JsonNode requests = JSON.readTree(listed.body()).get("requests");
        assertEquals(2, requests.size());
        assertEquals("mws", requests.get(1).get("dialect").asText());
        assertEquals("GetReportScheduleCount", requests.get(1).get("operation").asText());
        assertEquals("mws:JSELLER", requests.get(1).get("merchant").asText());
        assertTrue(requests.get(1).get("body").get("text").asText().endsWith("&Signature=****"));
        assertTrue(requests.get(1).get("body").get("text").asText().contains("AWSAccessKeyId=AKIAJOURNAL"), "the key id is kept");
        assertEquals("/Reports/2009-01-01?Signature=****", requests.get(0).get("path").asText());
        assertEquals(2, count("?operation=GetReportScheduleCount&merchant=mws:JSELLER"));
    }

    @Test
    void aRefusedRequestSaysWhy() throws Exception {
        String form = "AWSAccessKeyId=AKIAJOURNAL&Action=ManageReportSchedule&SellerId=JREFUSED&SignatureVersion=2"
                + "&SignatureMethod=HmacSHA256&Timestamp=" + now() + "&Version=2009-01-01&Signature=x";
        assertEquals(400, send("POST", "/Reports/2009-01-01", "application/x-www-form-urlencoded", form, null).statusCode());
        assertEquals(400, send("POST", "/v2/report-schedules", "application/json", "{\"reportType\":", null).statusCode());
        assertEquals(404, send("GET", "/__admin/nothing", null, null, null).statusCode());
        String twoSellers = form.replace("Action=ManageReportSchedule", "Action=GetReportScheduleCount") + "&Merchant=JOTHER";
        assertEquals(400, send("POST", "/Reports/2009-01-01", "application/x-www-form-urlencoded", twoSellers, null).statusCode(),
                "a request whose merchant cannot be told is still answered in its dialect, and recorded without a merchant");

        JsonNode mws = only("?sellerId=JREFUSED");
        assertEquals("validation", mws.get("refusal").get("category").asText());
        assertEquals("MissingParameter", mws.get("refusal").get("code").asText());
        assertEquals("ManageReportSchedule", mws.get("operation").asText());
        JsonNode pay = only("?merchant=pay-live:DEFAULT&status=400");
        assertEquals("validation", pay.get("refusal").get("category").asText());
        JsonNode admin = only("?status=404");
        assertEquals("not-found", admin.get("refusal").get("category").asText());
        assertEquals("NotFound", admin.get("refusal").get("code").asText());
        assertEquals("admin", admin.get("dialect").asText());
        assertEquals(1, count("?operation=GetReportScheduleCount&status=400"));
    }

    @Test
    void aLongBodyIsCutAndItsLengthKept() throws Exception {
        String longBody = "{\"reportType\":\"" + "x".repeat(10_000) + "\"}";
        send("POST", "/v2/report-schedules", "application/json", longBody, null);

        JsonNode body = only("?operation=createReportSchedule").get("body");
        assertTrue(body.get("truncated").asBoolean());
        assertEquals(longBody.length(), body.get("length").asLong());
        assertEquals(4096, body.get("text").asText().length());
    }

    @Test
    void deletingOneMerchantsRequestsLeavesTheOthers() throws Exception {
        createPaySchedule("LIVE-JOURNALA");
        createPaySchedule("LIVE-JOURNALB");
        assertEquals(204, send("DELETE", "/__admin/requests?publicKeyId=LIVE-JOURNALA", null, null, null).statusCode());
        assertEquals(0, count("?publicKeyId=LIVE-JOURNALA"));
        assertEquals(1, count("?publicKeyId=LIVE-JOURNALB"));
    }

    @Test
    void pagesComeNewestFirstAndTheJournalDoesNotRecordItsOwnReads() throws Exception {
        for (int i = 0; i < 5; i++) {
            send("GET", "/__admin/clock", null, null, null);
        }
        JsonNode first = JSON.readTree(send("GET", "/__admin/requests?limit=2", null, null, null).body());
        assertEquals(2, first.get("requests").size());
        long newest = first.get("requests").get(0).get("id").asLong();
        assertEquals(newest - 1, first.get("requests").get(1).get("id").asLong());
        JsonNode second = JSON.readTree(send("GET", "/__admin/requests?limit=2&nextToken=" + first.get("nextToken").asText(), null, null, null).body());
        assertEquals(newest - 2, second.get("requests").get(0).get("id").asLong());
        JsonNode last = JSON.readTree(send("GET", "/__admin/requests?limit=2&nextToken=" + second.get("nextToken").asText(), null, null, null).body());
        assertEquals(1, last.get("requests").size());
        assertFalse(last.has("nextToken"));
        assertEquals(5, count("?operation=getClock"));
        assertEquals(5, count(""), "listing and counting are not recorded");
    }

    @Test
    void timeFiltersReadTheStubsClock() throws Exception {
        send("PUT", "/__admin/clock", "application/json", "{\"now\":\"2030-01-01T00:00:00Z\"}", null);
        send("GET", "/__admin/clock", null, null, null);
        send("POST", "/__admin/clock/advance", "application/json", "{\"by\":\"PT1H\"}", null);
        send("GET", "/__admin/clock", null, null, null);

        assertEquals(2, count("?operation=getClock"));
        assertEquals(1, count("?operation=getClock&since=2030-01-01T00:30:00Z"));
        assertEquals(1, count("?operation=getClock&until=2030-01-01T00:30:00Z"));
        assertEquals("2030-01-01T01:00:00Z", only("?operation=getClock&since=2030-01-01T00:30:00Z").get("time").asText());
    }

    @Test
    void aResetEmptiesTheJournal() throws Exception {
        createPaySchedule("LIVE-JOURNALA");
        send("POST", "/__admin/reset", null, null, null);
        assertEquals(0, count("?publicKeyId=LIVE-JOURNALA"));
        assertEquals(1, count(""), "only the reset itself, answered after it emptied the journal");
    }

    @Test
    void badFiltersAreRefusedInTheAdminForm() throws Exception {
        for (String query : new String[] {"status=abc", "status=99", "since=yesterday", "until=2026-11-23", "limit=0", "limit=1001",
                "merchant=LIVE-NOREALM", "merchant=pay-live:A&sellerId=B", "nextToken=zz", "nextToken=999999"}) {
            HttpResponse<String> refused = send("GET", "/__admin/requests?" + query, null, null, null);
            assertEquals(400, refused.statusCode(), query + ": " + refused.body());
            assertEquals("InvalidField", JSON.readTree(refused.body()).get("code").asText(), query);
        }
        assertEquals(400, send("GET", "/__admin/requests/count?status=abc", null, null, null).statusCode());
        assertEquals(400, send("DELETE", "/__admin/requests?merchant=nocolon", null, null, null).statusCode());
    }

    @Test
    void healthAndVersion() throws Exception {
        HttpResponse<String> health = send("GET", "/__admin/health", null, null, null);
        assertEquals(200, health.statusCode());
        assertEquals("UP", JSON.readTree(health.body()).get("status").asText());

        JsonNode version = JSON.readTree(send("GET", "/__admin/version", null, null, null).body());
        String project = version.get("version").asText();
        assertTrue(project.matches("\\d+\\.\\d+\\.\\d+.*"), project);
        assertEquals(3, version.get("contracts").size());
        for (JsonNode contract : version.get("contracts")) {
            assertEquals(project, contract.get("version").asText(), "api-spec fills info.version with the project version");
            assertFalse(contract.get("title").asText().isBlank());
        }
    }

    @Test
    void aStubWithoutAJournalRecordsNothing() throws Exception {
        try (StubServer off = StubServer.start(StubSettings.onPort(0).withJournalSize(0))) {
            send(off, "GET", "/__admin/clock");
            HttpResponse<String> listed = send(off, "GET", "/__admin/requests");
            assertEquals(200, listed.statusCode());
            assertEquals(0, JSON.readTree(listed.body()).get("requests").size());
        }
    }

    @Test
    void theJournalKeepsOnlyTheNewestEntries() throws Exception {
        try (StubServer small = StubServer.start(StubSettings.onPort(0).withJournalSize(3))) {
            for (int i = 0; i < 5; i++) {
                send(small, "GET", "/__admin/clock");
            }
            JsonNode requests = JSON.readTree(send(small, "GET", "/__admin/requests").body()).get("requests");
            assertEquals(3, requests.size());
            assertEquals(5, requests.get(0).get("id").asLong());
            assertEquals(3, requests.get(2).get("id").asLong());
        }
    }

    private HttpResponse<String> createPaySchedule(String publicKeyId) throws Exception {
        String authorization = "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + publicKeyId
                + ", SignedHeaders=accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region, Signature=" + PAY_SIGNATURE;
        return send("POST", "/live/v2/report-schedules", "application/json",
                "{\"reportType\":\"" + PAY_TYPE + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"2099-01-02T00:00:00Z\"}", authorization);
    }

    private JsonNode only(String query) throws Exception {
        JsonNode requests = JSON.readTree(send("GET", "/__admin/requests" + query, null, null, null).body()).get("requests");
        assertEquals(1, requests.size(), requests.toString());
        return requests.get(0);
    }

    private long count(String query) throws Exception {
        HttpResponse<String> counted = send("GET", "/__admin/requests/count" + query, null, null, null);
        assertEquals(200, counted.statusCode(), counted.body());
        return JSON.readTree(counted.body()).get("count").asLong();
    }

    private String now() throws Exception {
        return JSON.readTree(send("GET", "/__admin/clock", null, null, null).body()).get("now").asText();
    }

    private HttpResponse<String> send(StubServer target, String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(target.uri() + path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("content-type", contentType);
        }
        if (authorization != null) {
            request.header("authorization", authorization);
        }
        if (path.contains("report-schedules") && "POST".equals(method)) {
            request.header("x-amz-pay-idempotency-key", "idem-1");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
