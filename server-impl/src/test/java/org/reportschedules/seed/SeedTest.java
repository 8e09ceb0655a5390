package org.reportschedules.seed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed files read, checked and made into records, without a server. */
class SeedTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final MerchantId DEFAULT = new MerchantId("pay-live", "DEFAULT");
    private static final MerchantId SANDBOX = new MerchantId("pay-sandbox", "SANDBOX-AEXAMPLEKEYID");
    private static final MerchantId SELLER = new MerchantId("mws", "A2EXAMPLESELLER");

    @ParameterizedTest
    @CsvSource({"seeds/partner.yaml", "seeds/partner.json"})
    void theExampleIsTheSameStateInYamlAndJson(String resource) {
        Seed seed = Seed.classpath(resource);
        seed.check(NOW, true);
        Map<MerchantId, MerchantRecords> records = seed.records(NOW, new SequentialIds(), Duration.ofSeconds(5));

        assertEquals(List.of(DEFAULT, SANDBOX, SELLER), List.copyOf(records.keySet()));
        List<ReportSchedule> schedules = records.get(DEFAULT).schedules().list(List.of());
        assertEquals(List.of("60000000001", "60000000002"), schedules.stream().map(ReportSchedule::id).toList(),
                "the fixed id, then the counter after it");
        assertEquals(Instant.parse("2030-01-06T12:00:00Z"), schedules.get(1).nextReportCreationTime());
        assertEquals("60000000003", records.get(SANDBOX).schedules().list(List.of()).get(0).id());
        ReportSchedule weekly = records.get(SELLER).schedules().list(List.of()).get(0);
        assertEquals("P7D", weekly.frequency().iso8601());

        List<Report> reports = records.get(DEFAULT).reports().list(report -> true);
        assertEquals(List.of("59000000000", "59000000001"), reports.stream().map(Report::id).toList());
        assertEquals(ProcessingStatus.COMPLETED, reports.get(0).statusAt(NOW));
        assertEquals(NOW, reports.get(0).createdTime(), "created when the seed is loaded");
        assertEquals(ProcessingStatus.FAILED, reports.get(1).statusAt(NOW));
        Report mws = records.get(SELLER).reports().list(report -> true).get(0);
        assertEquals(Instant.parse("2026-11-08T00:10:00Z"), mws.processingEndTime(), "AvailableDate");
    }

    @Test
    void anInProgressReportEndsAfterTheProcessingDelay() {
        Seed seed = Seed.text("s.yaml", """
                merchants:
                  - publicKeyId: K
                    reports:
                      - {reportType: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_, startTime: 20261101T000000Z,
                         endTime: 20261102T000000Z, processingStatus: IN_PROGRESS}
                """);
        Report report = seed.records(NOW, new SequentialIds(), Duration.ofSeconds(5)).get(new MerchantId("pay-live", "K"))
                .reports().list(r -> true).get(0);
        assertEquals(ProcessingStatus.IN_PROGRESS, report.statusAt(NOW));
        assertEquals(ProcessingStatus.COMPLETED, report.statusAt(NOW.plusSeconds(5)));
    }

    @Test
    void anEnvironmentPutsAKeyInIt() {
        Seed seed = Seed.text("s.json", "{\"merchants\":[{\"publicKeyId\":\"LIVE-K\",\"environment\":\"sandbox\"}]}");
        assertTrue(seed.records(NOW, new SequentialIds(), Duration.ZERO).containsKey(new MerchantId("pay-sandbox", "LIVE-K")));
    }

    private static final String PAY = "merchants:\n  - publicKeyId: K\n    schedules:\n      - ";
    private static final String GOOD_PAY = "reportType: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\n        scheduleFrequency: P1D\n"
            + "        nextReportCreationTime: 2030-01-01T00:00:00Z\n";

    /** Each mistake a file can hold by itself, in YAML: one line, the file and the place first. */
    @Test
    void everyMistakeIsOneLineNamingThePlace() {
        assertRefused("s.yaml: merchants[0].schedules[0].scheduleFrequency: P2W is not an Amazon Pay schedule frequency (allowed: PT5M,",
                PAY + GOOD_PAY.replace("P1D", "P2W"));
        assertRefused("s.yaml: merchants[0].schedules[0].reportType: _NOPE_ is not an Amazon Pay report type",
                PAY + GOOD_PAY.replace("_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "_NOPE_"));
        assertRefused("s.yaml: merchants[0].schedules[0].reportType: _GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_ does not support schedule creation",
                PAY + GOOD_PAY.replace("_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "_GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_"));
        assertRefused("s.yaml: merchants[0].schedules[0].nextReportCreationTime: 2030-13-01T00:00:00Z is not an ISO 8601 date-time",
                PAY + GOOD_PAY.replace("2030-01-01", "2030-13-01"));
        assertRefused("s.yaml: merchants[0].schedules[0]: nextReportCreationTime is missing", PAY + GOOD_PAY.replaceAll("\\s+next.*\n", "\n"));
        assertRefused("s.yaml: merchants[0].schedules[0]: colour is not a field of an Amazon Pay schedule (its fields: reportScheduleId, reportType,",
                PAY + GOOD_PAY + "        colour: red\n");
        assertRefused("s.yaml: merchants[0].schedules[1].reportType: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_ is already scheduled for this merchant at merchants[0].schedules[0]",
                PAY + GOOD_PAY + "      - " + GOOD_PAY);
        assertRefused("s.yaml: merchants[0].schedules[1].reportScheduleId: 7 is already the id of merchants[0].schedules[0]",
                PAY + "reportScheduleId: 7\n        " + GOOD_PAY + "      - reportScheduleId: 7\n        "
                        + GOOD_PAY.replace("REFUND", "CAPTURE"));
        assertRefused("s.yaml: merchants[0].schedules[0].reportScheduleId: abc is not an id the stub could give",
                PAY + "reportScheduleId: abc\n        " + GOOD_PAY);
        assertRefused("s.yaml: merchants[0].schedules[0].scheduleFrequency: expected a string, not a number",
                PAY + GOOD_PAY.replace("P1D", "7"));
        assertRefused("s.yaml: merchants[1]: names the same merchant as merchants[0] (pay-live:K)",
                "merchants:\n  - publicKeyId: K\n  - publicKeyId: K\n");
        assertRefused("s.yaml: merchants[0].environment: production is not live or sandbox",
                "merchants:\n  - publicKeyId: K\n    environment: production\n");
        assertRefused("s.yaml: merchants[0]: give sellerId (an MWS seller) or publicKeyId (an Amazon Pay merchant), not both",
                "merchants:\n  - publicKeyId: K\n    sellerId: S\n");
        assertRefused("s.yaml: merchants[0]: publicKeyId (an Amazon Pay merchant) or sellerId (an MWS seller) is missing",
                "merchants:\n  - schedules: []\n");
        assertRefused("s.yaml: merchants[0].schedules[0].Schedule: _2_WEEKS_ is not an MWS Schedule (allowed: _15_MINUTES_,",
                "merchants:\n  - sellerId: S\n    schedules:\n      - {ReportType: _GET_ORDERS_DATA_, Schedule: _2_WEEKS_}\n");
        assertRefused("s.yaml: merchants[0].schedules[0].Schedule: _NEVER_ deletes a schedule",
                "merchants:\n  - sellerId: S\n    schedules:\n      - {ReportType: _GET_ORDERS_DATA_, Schedule: _NEVER_}\n");
        assertRefused("s.yaml: merchants[0].reports[0].endTime: 2026-01-01T00:00:00Z must be after startTime",
                "merchants:\n  - publicKeyId: K\n    reports:\n      - {reportType: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_, "
                        + "startTime: 2026-01-02T00:00:00Z, endTime: 2026-01-01T00:00:00Z}\n");
        assertRefused("s.yaml: merchants[0].reports[0].processingStatus: DONE is not a processing status (allowed: IN_PROGRESS, COMPLETED, FAILED, CANCELLED)",
                "merchants:\n  - publicKeyId: K\n    reports:\n      - {reportType: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_, "
                        + "startTime: 2026-01-01T00:00:00Z, endTime: 2026-01-02T00:00:00Z, processingStatus: DONE}\n");
        assertRefused("s.yaml: colour is not a field of a seed file (its fields: merchants)", "merchants: []\ncolour: red\n");
        assertRefused("s.yaml: merchants is missing", "{}\n");
        assertRefused("s.yaml: the file is empty", "");
        assertRefused("s.yaml: merchants: expected a list, not an object", "merchants: {publicKeyId: K}\n");
        assertRefused("s.yaml: line 2, column ", "merchants: []\nmerchants: []\n");
        assertRefused("s.yaml: line ", "merchants: [\n");
    }

    /** The same checks read JSON: its own syntax errors, unknown fields and duplicate names. */
    @Test
    void jsonMistakesAreOneLineToo() {
        String good = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"scheduleFrequency\":\"P1D\","
                + "\"nextReportCreationTime\":\"20300101T000000Z\"";
        assertRefusedJson("s.json: merchants[0].schedules[0].scheduleFrequency: P2W is not an Amazon Pay schedule frequency",
                "{\"merchants\":[{\"publicKeyId\":\"K\",\"schedules\":[" + good.replace("P1D", "P2W") + "}]}]}");
        assertRefusedJson("s.json: merchants[0].schedules[0]: colour is not a field of an Amazon Pay schedule",
                "{\"merchants\":[{\"publicKeyId\":\"K\",\"schedules\":[" + good + ",\"colour\":\"red\"}]}]}");
        assertRefusedJson("s.json: merchants[0]: publicKeyID is not a field of a merchant (its fields: publicKeyId, environment, sellerId,",
                "{\"merchants\":[{\"publicKeyId\":\"K\",\"publicKeyID\":\"X\"}]}");
        assertRefusedJson("s.json: line 1, column ", "{\"merchants\":[],\"merchants\":[]}");
        assertRefusedJson("s.json: line 1, column ", "{\"merchants\":[}");
        assertRefusedJson("s.json: line 1, column ", "{\"merchants\":[]} trailing");
    }

    /** What depends on the stub: its clock and its MWS report-type rule, checked when it starts. */
    @Test
    void theStubsOwnRulesAreCheckedAtStart() {
        String mws = "merchants:\n  - sellerId: S\n    schedules:\n      - {ReportType: _GET_MERCHANT_LISTINGS_DATA_, Schedule: _1_DAY_}\n";
        SeedRefused strict = assertThrows(SeedRefused.class, () -> Seed.text("s.yaml", mws).check(NOW, true));
        assertTrue(strict.getMessage().startsWith("s.yaml: merchants[0].schedules[0].ReportType: _GET_MERCHANT_LISTINGS_DATA_ cannot be scheduled"),
                strict.getMessage());
        Seed.text("s.yaml", mws).check(NOW, false);

        assertCheckRefused("s.yaml: merchants[0].schedules[0].ScheduleDate: 2028-01-01T00:00:00Z is more than 366 days after the stub's clock",
                "merchants:\n  - sellerId: S\n    schedules:\n      - {ReportType: _GET_ORDERS_DATA_, Schedule: _1_DAY_, ScheduleDate: 2028-01-01T00:00:00Z}\n");
        String report = "merchants:\n  - publicKeyId: K\n    reports:\n      - {reportType: _GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_, ";
        assertCheckRefused("s.yaml: merchants[0].reports[0].endTime: 2027-01-02T00:00:00Z is after the stub's clock",
                report + "startTime: 2027-01-01T00:00:00Z, endTime: 2027-01-02T00:00:00Z}\n");
        assertCheckRefused("s.yaml: merchants[0].reports[0].createdTime: 2026-01-03T00:00:00Z is more than 90 days before the stub's clock",
                report + "startTime: 2026-01-01T00:00:00Z, endTime: 2026-01-02T00:00:00Z, createdTime: 2026-01-03T00:00:00Z}\n");
        assertCheckRefused("s.yaml: merchants[0].reports[0].createdTime: 2026-12-02T00:00:00Z is after the stub's clock",
                report + "startTime: 2026-11-01T00:00:00Z, endTime: 2026-11-02T00:00:00Z, createdTime: 2026-12-02T00:00:00Z}\n");
        assertCheckRefused("s.yaml: merchants[0].reports[0].createdTime: 2026-11-01T12:00:00Z is before endTime",
                report + "startTime: 2026-11-01T00:00:00Z, endTime: 2026-11-02T00:00:00Z, createdTime: 2026-11-01T12:00:00Z}\n");
    }

    @Test
    void aFileOrResourceThatIsNotThereIsOneLine(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(SeedRefused.class, () -> Seed.classpath("seeds/none.yaml")).getMessage()
                .equals("seeds/none.yaml: no such resource on the classpath"));
        Path missing = dir.resolve("missing.yaml");
        assertTrue(assertThrows(SeedRefused.class, () -> Seed.file(missing)).getMessage().equals(missing + ": no such file"));
        Path content = dir.resolve("seed");
        Files.writeString(content, "{\"merchants\":[{\"publicKeyId\":\"K\"}]}");
        assertTrue(Seed.file(content).records(NOW, new SequentialIds(), Duration.ZERO).containsKey(new MerchantId("pay-live", "K")),
                "without an extension, a file starting with { is read as JSON");
    }

    private static void assertRefused(String start, String yaml) {
        SeedRefused refused = assertThrows(SeedRefused.class, () -> Seed.text("s.yaml", yaml), yaml);
        assertOneLineStarting(start, refused);
    }

    private static void assertRefusedJson(String start, String json) {
        SeedRefused refused = assertThrows(SeedRefused.class, () -> Seed.text("s.json", json), json);
        assertOneLineStarting(start, refused);
    }

    private static void assertCheckRefused(String start, String yaml) {
        SeedRefused refused = assertThrows(SeedRefused.class, () -> Seed.text("s.yaml", yaml).check(NOW, true), yaml);
        assertOneLineStarting(start, refused);
    }

    private static void assertOneLineStarting(String start, SeedRefused refused) {
        assertTrue(refused.getMessage().startsWith(start), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
    }
}
