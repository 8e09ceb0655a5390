package org.reportschedules.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reportschedules.clock.StubClock;
import org.reportschedules.mws.http.MwsXmlTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seller's MWS schedule fires under the stub's clock, and its reports are read as MWS clients read them:
 * GetReportCount, GetReportList paged with MaxCount and GetReportListByNextToken, then GetReport's flat file
 * with its Content-MD5. Every XML answer is checked against the contract's XML Schema.
 */
class MwsReportRetrievalTest {

    private static final String COMMON = "SellerId=A3EXAMPLE4D&AWSAccessKeyId=UNKNOWNKEY&SignatureMethod=HmacSHA256"
            + "&SignatureVersion=2&Version=2009-01-01&Signature=unchecked";
    private static final Pattern REPORT_ID = Pattern.compile("<ReportId>(\\d+)</ReportId>");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final StubSettings settings = StubSettings.onPort(0);
    private final StubClock clock = settings.clock();

    @Test
    void aFiredSchedulesReportsAreCountedListedPageByPageAndDownloaded() throws Exception {
        settings.clock().freeze();
        Instant now = settings.clock().instant();
        try (StubServer stub = StubServer.start(settings)) {
            // Every 15 minutes since two hours ago: nine periods have ended, the last one just now.
            assertEquals(200, post(stub, "Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_&Schedule=_15_MINUTES_&ScheduleDate="
                    + now.minus(Duration.ofHours(2))).statusCode());

            assertEquals("8", count(stub), "the report of the period that ended just now is still being processed");
            settings.clock().advance(Duration.ofSeconds(5));
            assertEquals("9", count(stub));

            List<String> ids = new ArrayList<>();
            HttpResponse<String> page = post(stub, "Action=GetReportList&MaxCount=4&ReportTypeList.Type.1=_GET_ORDERS_DATA_");
            List<Integer> sizes = new ArrayList<>();
            while (true) {
                assertEquals(200, page.statusCode(), page.body());
                assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/xml"));
                MwsXmlTest.validate(page.body());
                List<String> onPage = reportIds(page.body());
                sizes.add(onPage.size());
                ids.addAll(onPage);
                if (page.body().contains("<HasNext>false</HasNext>")) {
                    assertFalse(page.body().contains("<NextToken>"), page.body());
                    break;
                }
                page = post(stub, "Action=GetReportListByNextToken&NextToken=" + URLEncoder.encode(nextToken(page.body()), StandardCharsets.UTF_8));
            }
            assertEquals(List.of(4, 4, 1), sizes);
            assertEquals(9, new HashSet<>(ids).size(), ids.toString());

            HttpResponse<byte[]> report = http.send(request(stub, "Action=GetReport&ReportId=" + ids.get(0)), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, report.statusCode());
            assertEquals("text/plain", report.headers().firstValue("content-type").orElseThrow());
            String md5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(report.body()));
            assertEquals(md5, report.headers().firstValue("content-md5").orElseThrow());
            assertEquals("60.0", report.headers().firstValue("x-mws-quota-max").orElseThrow(), "GetReport's own hourly quota");
            assertTrue(report.headers().firstValue("x-mws-request-id").isPresent());
            String flatFile = new String(report.body(), StandardCharsets.UTF_8);
            assertTrue(flatFile.startsWith("report-id\treport-type\t"), flatFile);
            assertTrue(flatFile.contains(ids.get(0) + "\t_GET_ORDERS_DATA_\t"), flatFile);

            HttpResponse<String> unknown = post(stub, "Action=GetReport&ReportId=12345");
            assertEquals(400, unknown.statusCode());
            MwsXmlTest.validate(unknown.body());
            assertTrue(unknown.body().contains("<Code>InvalidParameterValue</Code>"), unknown.body());
            assertFalse(unknown.headers().firstValue("content-md5").isPresent());
        }
    }

    private String count(StubServer stub) throws Exception {
        HttpResponse<String> counted = post(stub, "Action=GetReportCount");
        assertEquals(200, counted.statusCode(), counted.body());
        MwsXmlTest.validate(counted.body());
        Matcher count = Pattern.compile("<Count>(\\d+)</Count>").matcher(counted.body());
        assertTrue(count.find(), counted.body());
        return count.group(1);
    }

    private static List<String> reportIds(String xml) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = REPORT_ID.matcher(xml);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String nextToken(String xml) {
        Matcher token = Pattern.compile("<NextToken>([^<]+)</NextToken>").matcher(xml);
        assertTrue(token.find(), xml);
        return token.group(1);
    }

    private HttpResponse<String> post(StubServer stub, String form) throws Exception {
        return http.send(request(stub, form), HttpResponse.BodyHandlers.ofString());
    }

    /** Dated by the stub's clock, as a client in its time would date it (stale requests are refused). */
    private HttpRequest request(StubServer stub, String form) {
        return HttpRequest.newBuilder(URI.create(stub.uri() + "/Reports/2009-01-01"))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&" + COMMON + "&Timestamp=" + clock.instant()))
                .build();
    }
}
