package org.reportschedules.reliability;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two merchants of each dialect, over HTTP: Amazon Pay merchants named by their public key ids (two ids, and
 * live and sandbox of one id) and two MWS sellers. The first of each owns schedules, reports and documents;
 * the others try every operation of their dialect on them, by the ids they would guess (the owner's, and the
 * neighbours of their own: ids count up across merchants) and with the owner's page tokens. None of it
 * reveals or changes the owner's records. Document urls are bearer urls, as S3 pre-signed urls are: another
 * merchant cannot get one for a document that is not theirs, tokens are unguessable, and a url stops working
 * when it expires.
 */
class MerchantIsolationTest {

    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String REFUNDS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_";
    private static final String MWS_ORDERS = "_GET_ORDERS_DATA_";
    /** Without a LIVE-/SANDBOX- prefix: /v2 and /live/v2 name its live merchant, /sandbox/v2 its sandbox one. */
    private static final String OWNER_KEY = "AOWNERKEYID";
    private static final String OTHER_KEY = "AOTHERKEYID";
    private static final String OWNER_SELLER = "AOWNERSELLER";
    private static final String OTHER_SELLER = "AOTHERSELLER";
    private static final Pattern MWS_REPORT_ID = Pattern.compile("<ReportId>(\\d+)</ReportId>");
    private static final Pattern MWS_NEXT_TOKEN = Pattern.compile("<NextToken>([^<]+)</NextToken>");

    /** An intruding Amazon Pay merchant: a key id and the path prefix that, with it, names its environment. */
    private record PayIntruder(String publicKeyId, String prefix) {
    }

    private static final List<PayIntruder> PAY_INTRUDERS = List.of(
            new PayIntruder(OTHER_KEY, "/live/v2"), new PayIntruder(OWNER_KEY, "/sandbox/v2"));

    private final ObjectMapper json = new ObjectMapper();
    private final StubSettings settings = StubSettings.onPort(0).withReportProcessingDelay(Duration.ZERO)
            .withMws(StubCalls.mwsVerifyingSignatures(MwsSettings.Throttling.OFF));
    private StubServer stub;
    private StubCalls calls;
    private Instant now;

    @BeforeEach
    void start() {
        settings.clock().freeze();
        now = settings.clock().instant();
        stub = StubServer.start(settings);
        calls = new StubCalls(stub.uri(), settings.clock());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void noPayMerchantListsGetsCancelsOrReplacesAnothersSchedules() throws Exception {
        String owned = createdSchedule(OWNER_KEY, "/v2", ORDERS, false);
        String ownerList = payBody(OWNER_KEY, "GET", "/v2/report-schedules", null, 200);

        for (PayIntruder intruder : PAY_INTRUDERS) {
            assertEquals("{\"reportSchedules\":[]}", payBody(intruder, "GET", "/report-schedules", null, 200), intruder.toString());
            String own = createdSchedule(intruder.publicKeyId(), intruder.prefix(), ORDERS, true);
            for (String guessed : guessesAround(owned, own)) {
                payBody(intruder, "GET", "/report-schedules/" + guessed, null, 404);
                payBody(intruder, "DELETE", "/report-schedules/" + guessed, null, 404);
            }
            assertEquals(1, read(payBody(intruder, "GET", "/report-schedules", null, 200)).get("reportSchedules").size());
            payBody(intruder, "DELETE", "/report-schedules/" + own, null, 200);
        }
        assertEquals(ownerList, payBody(OWNER_KEY, "GET", "/v2/report-schedules", null, 200), "the owner's schedules, unchanged");
        assertEquals(ownerList, payBody(OWNER_KEY, "GET", "/live/v2/report-schedules", null, 200));
    }

    @Test
    void noPayMerchantReadsAnothersReportsPagesOrDocuments() throws Exception {
        createdSchedule(OWNER_KEY, "/v2", ORDERS, false); // due an hour ago: it has made a report
        String requested = read(payBody(OWNER_KEY, "POST", "/v2/reports", "{\"reportType\":\"" + REFUNDS + "\",\"startTime\":\""
                + PayDateTimes.format(now.minus(Duration.ofDays(2))) + "\",\"endTime\":\"" + PayDateTimes.format(now.minus(Duration.ofDays(1))) + "\"}", 201))
                .get("reportId").asText();
        JsonNode firstPage = read(payBody(OWNER_KEY, "GET", "/v2/reports?pageSize=1", null, 200));
        String nextToken = firstPage.get("nextToken").asText();
        JsonNode report = firstPage.get("reports").get(0);
        String documentId = report.get("reportDocumentId").asText();
        String ownerReports = payBody(OWNER_KEY, "GET", "/v2/reports", null, 200);

        for (PayIntruder intruder : PAY_INTRUDERS) {
            assertEquals("{\"reports\":[]}", payBody(intruder, "GET", "/reports", null, 200), intruder.toString());
            String own = read(payBody(intruder, "POST", "/reports", "{\"reportType\":\"" + REFUNDS + "\",\"startTime\":\""
                    + PayDateTimes.format(now.minus(Duration.ofDays(3))) + "\",\"endTime\":\"" + PayDateTimes.format(now) + "\"}", 201))
                    .get("reportId").asText();
            for (String guessed : guessesAround(requested, own)) {
                payBody(intruder, "GET", "/reports/" + guessed, null, 404);
            }
            payBody(intruder, "GET", "/reports/" + report.get("reportId").asText(), null, 404);
            payBody(intruder, "GET", "/report-documents/" + documentId, null, 404);
            assertTrue(payBody(intruder, "GET", "/reports?nextToken=" + nextToken, null, 400).contains("\"InvalidParameterValue\""));
        }
        assertEquals(ownerReports, payBody(OWNER_KEY, "GET", "/v2/reports", null, 200), "the owner's reports, unchanged");
        assertEquals(2, read(ownerReports).get("reports").size(), ownerReports);
    }

    @Test
    void documentUrlsAreUnguessableBearerUrlsThatExpire() throws Exception {
        createdSchedule(OWNER_KEY, "/v2", ORDERS, false);
        String documentId = read(payBody(OWNER_KEY, "GET", "/v2/reports", null, 200)).get("reports").get(0).get("reportDocumentId").asText();
        URI url = documentUrl(documentId);
        URI another = documentUrl(documentId);
        assertNotEquals(url, another, "every request gets a url of its own");
        String token = url.getPath().substring("/documents/".length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43,}"), "at least 256 random bits, base64url: " + token);

        assertEquals(200, calls.get(url).statusCode());
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        HttpResponse<String> guessed = calls.get(stub.uri().resolve("/documents/" + altered));
        assertEquals(403, guessed.statusCode());
        assertTrue(guessed.body().contains("<Code>AccessDenied</Code>"), guessed.body());

        assertEquals(200, calls.admin("/__admin/clock/advance", "{\"by\":\"PT30S\"}").statusCode());
        assertEquals(200, calls.get(url).statusCode(), "valid for 30 seconds");
        assertEquals(200, calls.admin("/__admin/clock/advance", "{\"by\":\"PT1S\"}").statusCode());
        HttpResponse<String> expired = calls.get(url);
        assertEquals(403, expired.statusCode());
        assertTrue(expired.body().contains("<Message>Request has expired</Message>"), expired.body());
    }

    @Test
    void noMwsSellerListsCountsChangesOrDownloadsAnothersSchedulesAndReports() {
        // Every 15 minutes since two hours ago: nine periods have ended, so nine reports are done.
        mws(OWNER_SELLER, "ManageReportSchedule", Map.of("ReportType", MWS_ORDERS, "Schedule", "_15_MINUTES_",
                "ScheduleDate", now.minus(Duration.ofHours(2)).toString()));
        String ownerSchedules = mws(OWNER_SELLER, "GetReportScheduleList", Map.of());
        assertTrue(mws(OWNER_SELLER, "GetReportCount", Map.of()).contains("<Count>9</Count>"));
        String ownerPage = mws(OWNER_SELLER, "GetReportList", Map.of("MaxCount", "2"));
        List<String> ownerReportIds = all(MWS_REPORT_ID, ownerPage);
        Matcher token = MWS_NEXT_TOKEN.matcher(ownerPage);
        assertTrue(token.find(), ownerPage);

        // The other seller, and a seller named like the Amazon Pay merchant: sellers are merchants of their own.
        for (String intruder : List.of(OTHER_SELLER, OWNER_KEY)) {
            assertTrue(mws(intruder, "GetReportScheduleCount", Map.of()).contains("<Count>0</Count>"), intruder);
            assertFalse(mws(intruder, "GetReportScheduleList", Map.of()).contains("<ReportSchedule>"), intruder);
            assertTrue(mws(intruder, "ManageReportSchedule", Map.of("ReportType", MWS_ORDERS, "Schedule", "_NEVER_")).contains("<Count>0</Count>"));
            assertTrue(mws(intruder, "GetReportCount", Map.of()).contains("<Count>0</Count>"), intruder);
            assertTrue(all(MWS_REPORT_ID, mws(intruder, "GetReportList", Map.of())).isEmpty(), intruder);
            HttpResponse<String> byToken = calls.mws(intruder, "GetReportListByNextToken", Map.of("NextToken", token.group(1)));
            assertEquals(400, byToken.statusCode(), byToken.body());
            for (String reportId : ownerReportIds) {
                HttpResponse<String> download = calls.mws(intruder, "GetReport", Map.of("ReportId", reportId));
                assertEquals(400, download.statusCode(), download.body());
                assertTrue(download.body().contains("<Code>InvalidParameterValue</Code>"), download.body());
            }
            mws(intruder, "ManageReportSchedule", Map.of("ReportType", MWS_ORDERS, "Schedule", "_1_DAY_"));
        }
        assertEquals(withoutRequestId(ownerSchedules), withoutRequestId(mws(OWNER_SELLER, "GetReportScheduleList", Map.of())));
        assertTrue(mws(OWNER_SELLER, "GetReportCount", Map.of()).contains("<Count>9</Count>"), "the owner's reports, all still there");
        assertEquals(200, calls.mws(OWNER_SELLER, "GetReport", Map.of("ReportId", ownerReportIds.get(0))).statusCode());
    }

    @Test
    void theDialectsNeverReachEachOthersMerchants() throws Exception {
        mws(OWNER_SELLER, "ManageReportSchedule", Map.of("ReportType", MWS_ORDERS, "Schedule", "_15_MINUTES_",
                "ScheduleDate", now.minus(Duration.ofHours(1)).toString()));
        String mwsReportId = all(MWS_REPORT_ID, mws(OWNER_SELLER, "GetReportList", Map.of())).get(0);
        String paySchedule = createdSchedule(OWNER_KEY, "/v2", ORDERS, false);
        // A Pay merchant whose key id is the seller's id sees nothing of the seller's, by id or by list.
        assertEquals("{\"reportSchedules\":[]}", payBody(OWNER_SELLER, "GET", "/v2/report-schedules", null, 200));
        assertEquals("{\"reports\":[]}", payBody(OWNER_SELLER, "GET", "/v2/reports", null, 200));
        payBody(OWNER_SELLER, "GET", "/v2/reports/" + mwsReportId, null, 404);
        payBody(OWNER_SELLER, "GET", "/v2/report-schedules/" + paySchedule, null, 404);
        assertTrue(mws(OWNER_KEY, "GetReportScheduleCount", Map.of()).contains("<Count>0</Count>"));
    }

    /** The owner's id, and the neighbours of the intruder's own id (which ids counting up would hand out next to it). */
    private static List<String> guessesAround(String owners, String own) {
        long mine = Long.parseLong(own);
        List<String> guesses = new ArrayList<>(List.of(owners, Long.toString(mine - 1), Long.toString(mine + 1)));
        guesses.remove(own);
        return guesses;
    }

    /** A schedule due an hour ago (so it has fired), created for the merchant; its id. */
    private String createdSchedule(String publicKeyId, String prefix, String type, boolean replace) throws Exception {
        String body = "{\"reportType\":\"" + type + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\""
                + PayDateTimes.format(now.minus(Duration.ofHours(1))) + "\",\"deleteExistingSchedule\":" + replace + "}";
        return read(payBody(publicKeyId, "POST", prefix + "/report-schedules", body, 201)).get("reportScheduleId").asText();
    }

    private URI documentUrl(String documentId) throws Exception {
        return URI.create(read(payBody(OWNER_KEY, "GET", "/v2/report-documents/" + documentId, null, 200)).get("url").asText());
    }

    private String payBody(PayIntruder intruder, String method, String path, String body, int expectedStatus) {
        return payBody(intruder.publicKeyId(), method, intruder.prefix() + path, body, expectedStatus);
    }

    private String payBody(String publicKeyId, String method, String path, String body, int expectedStatus) {
        HttpResponse<String> answer = calls.pay(method, path, publicKeyId, body);
        assertEquals(expectedStatus, answer.statusCode(), publicKeyId + " " + method + " " + path + ": " + answer.body());
        return answer.body();
    }

    private String mws(String seller, String action, Map<String, String> parameters) {
        HttpResponse<String> answer = calls.mws(seller, action, parameters);
        assertEquals(200, answer.statusCode(), seller + " " + action + ": " + answer.body());
        return answer.body();
    }

    private static String withoutRequestId(String xml) {
        return xml.replaceAll("<RequestId>[^<]*</RequestId>", "");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private JsonNode read(String body) throws Exception {
        return json.readTree(body);
    }
}
