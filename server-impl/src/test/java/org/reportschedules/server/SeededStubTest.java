package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.clock.StubClock;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.seed.Seed;
import org.reportschedules.seed.SeedRefused;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stub started with the README's seed file: what both dialects list, and what a reset and a restart bring back. */
class SeededStubTest {

    /** The time the stub's clock reads, reset or not: the seed's own times stay where the file put them. */
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final String SELLER = "SellerId=A2EXAMPLESELLER&AWSAccessKeyId=UNKNOWNKEY&SignatureMethod=HmacSHA256"
            + "&SignatureVersion=2&Signature=x&Version=2009-01-01&Timestamp=" + NOW;
    private static final String CREATE = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\","
            + "\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"2030-01-02T00:00:00Z\"}";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dataDir;

    @Test
    void bothDialectsListTheSeededSchedulesAndReports() throws Exception {
        try (StubServer stub = StubServer.start(seeded())) {
            assertEquals("{\"reportSchedules\":["
                    + "{\"reportScheduleId\":\"60000000001\",\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20300101T000000Z\"},"
                    + "{\"reportScheduleId\":\"60000000002\",\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_\",\"scheduleFrequency\":\"P7D\",\"nextReportCreationTime\":\"20300106T120000Z\"}]}",
                    get(stub, "/v2/report-schedules"));
            HttpResponse<String> sandbox = http.send(HttpRequest.newBuilder(URI.create(stub.uri() + "/v2/report-schedules"))
                    .header("authorization", "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=SANDBOX-AEXAMPLEKEYID, SignedHeaders=accept, Signature=AAAA")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(sandbox.body().contains("\"reportScheduleId\":\"60000000003\""), "sandbox by the key's prefix: " + sandbox.body());
            assertEquals("{\"reportSchedules\":[]}", get(stub, "/sandbox/v2/report-schedules"), "the sandbox's DEFAULT merchant has none");
            String reports = get(stub, "/v2/reports");
            assertTrue(reports.contains("\"reportId\":\"59000000000\"") && reports.contains("\"processingStatus\":\"COMPLETED\""), reports);
            assertTrue(reports.contains("\"reportId\":\"59000000001\"") && reports.contains("\"processingStatus\":\"FAILED\""), reports);

            String mwsSchedules = mws(stub, "Action=GetReportScheduleList");
            assertTrue(mwsSchedules.contains("<ReportType>_GET_ORDERS_DATA_</ReportType><Schedule>_1_WEEK_</Schedule>"
                    + "<ScheduledDate>2027-01-04T08:00:00+00:00</ScheduledDate>"), mwsSchedules);
            String mwsReports = mws(stub, "Action=GetReportList");
            assertTrue(mwsReports.contains("<ReportId>59000000002</ReportId>")
                    && mwsReports.contains("<AvailableDate>2026-11-08T00:10:00+00:00</AvailableDate>"), mwsReports);
        }
    }

    @Test
    void aResetReturnsToTheSeedWithTheSameIds() throws Exception {
        try (StubServer stub = StubServer.start(seeded())) {
            String seededList = get(stub, "/v2/report-schedules");
            String seededReports = get(stub, "/v2/reports");
            assertEquals(200, send(stub, "DELETE", "/v2/report-schedules/60000000001", null).statusCode());
            HttpResponse<String> created = send(stub, "POST", "/v2/report-schedules", CREATE);
            assertTrue(created.body().contains("\"60000000005\""), "the counter carries on after the seed's ids: " + created.body());
            mws(stub, "Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_&Schedule=_NEVER_");

            assertEquals(204, send(stub, "POST", "/__admin/reset", null).statusCode());
            assertEquals(seededList, get(stub, "/v2/report-schedules"));
            assertEquals(seededReports, get(stub, "/v2/reports"));
            assertTrue(mws(stub, "Action=GetReportScheduleCount").contains("<Count>1</Count>"));
            assertTrue(send(stub, "POST", "/v2/report-schedules", CREATE).body().contains("\"60000000005\""),
                    "after a reset the counters start again after the seed's ids");
        }
    }

    /** A data directory is seeded when it holds no records; one that does is loaded as it is, and a reset seeds it again. */
    @Test
    void aDataDirectoryIsSeededOnlyWhenItHoldsNothing() throws Exception {
        StubSettings durable = seeded().withDataDir(dataDir);
        try (StubServer stub = StubServer.start(durable)) {
            assertTrue(get(stub, "/v2/report-schedules").contains("60000000001"));
            assertEquals(200, send(stub, "DELETE", "/v2/report-schedules/60000000001", null).statusCode());
        }
        try (StubServer stub = StubServer.start(durable)) {
            String kept = get(stub, "/v2/report-schedules");
            assertTrue(!kept.contains("60000000001") && kept.contains("60000000002"), "loaded as kept, not seeded again: " + kept);
            assertEquals(204, send(stub, "POST", "/__admin/reset", null).statusCode());
            assertTrue(get(stub, "/v2/report-schedules").contains("60000000001"), "the reset seeded it");
        }
        try (StubServer stub = StubServer.start(settings().withDataDir(dataDir))) {
            assertTrue(get(stub, "/v2/report-schedules").contains("60000000001"), "the reset's seeding was written through");
        }
    }

    @Test
    void aSeedTheStubRefusesStartsNothing() {
        Seed notSchedulableHere = Seed.text("strict.yaml",
                "merchants:\n  - sellerId: S\n    schedules:\n      - {ReportType: _GET_MERCHANT_LISTINGS_DATA_, Schedule: _1_DAY_}\n");
        SeedRefused refused = assertThrows(SeedRefused.class, () -> StubServer.start(settings().withSeed(notSchedulableHere)));
        assertTrue(refused.getMessage().startsWith("strict.yaml: merchants[0].schedules[0].ReportType: _GET_MERCHANT_LISTINGS_DATA_ cannot be scheduled"),
                refused.getMessage());
    }

    @Test
    void theCommandRefusesABadSeedFileInOneLine() throws Exception {
        Path file = dataDir.resolve("seed.yaml");
        Files.writeString(file, "merchants:\n  - publicKeyId: K\n  - publicKeyId: K\n    schedules:\n"
                + "      - {reportType: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_, scheduleFrequency: P2W, nextReportCreationTime: 20300101T000000Z}\n");
        StubServerCommandTest.assertOneLine("--seed " + file + ": merchants[1].schedules[0].scheduleFrequency: P2W is not an Amazon Pay schedule "
                + "frequency (allowed: PT5M, PT15M, PT30M, PT1H, PT2H, PT4H, PT8H, PT12H, PT24H, PT84H, P1D, P2D, P3D, P7D, P14D, P15D, P18D, P30D)",
                "--port", "0", "--seed", file.toString());
        assertTrue(StubServerCommand.commandLine().getUsageMessage().contains("--seed=FILE"));
    }

    /** The README's example is the file these tests load, as it is. */
    @Test
    void theReadmeShowsTheSeedFileTheseTestsLoad() throws Exception {
        String example = new String(getClass().getResourceAsStream("/seeds/partner.yaml").readAllBytes());
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains("```yaml\n" + example + "```\n"), "README.md shows server-impl/src/test/resources/seeds/partner.yaml");
    }

    private static StubSettings settings() {
        return new StubSettings(StubSettings.DEFAULT_HOST, 0, new StubClock(Clock.fixed(NOW, ZoneOffset.UTC)), PaySettings.defaults(),
                MwsSettings.defaults(), StubSettings.AdminApi.ON, ReportMaking.DEFAULT_PROCESSING_DELAY, Optional.empty());
    }

    private static StubSettings seeded() {
        return settings().withSeed(Seed.classpath("seeds/partner.yaml"));
    }

    private String get(StubServer stub, String path) throws Exception {
        HttpResponse<String> reply = send(stub, "GET", path, null);
        assertEquals(200, reply.statusCode(), reply.body());
        return reply.body();
    }

    private HttpResponse<String> send(StubServer stub, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.uri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("content-type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String mws(StubServer stub, String action) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.uri() + "/Reports/2009-01-01"))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(action + "&" + SELLER))
                .build();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        return reply.body();
    }
}
