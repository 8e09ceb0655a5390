package org.reportschedules.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportContentTest {

    private static final MerchantId MERCHANT = new MerchantId("pay-live", "LIVE-CONTENT");

    @Test
    void anAmazonPayReportIsACsvWithItsTypesHeaderAndTheSameRowsEveryTime() {
        Report report = report("_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "2026-01-01T00:00:00Z");
        String csv = ReportContent.of(report, MERCHANT);

        assertTrue(csv.startsWith("AmazonRefundId,RefundReferenceId,AmazonCaptureId,RefundStatus,CreationDate,RefundAmount,CurrencyCode\r\n"), csv);
        assertEquals(4, csv.split("\r\n").length, "a header and three rows");
        assertEquals(csv, ReportContent.of(report, MERCHANT), "deterministic");
        assertNotEquals(csv, ReportContent.of(report, new MerchantId("pay-live", "LIVE-OTHER")), "differs per merchant");
        assertTrue(ReportContent.isCsv(report.reportType()));
    }

    @Test
    void anMwsReportIsATabSeparatedFlatFile() {
        String flat = ReportContent.of(report("_GET_ORDERS_DATA_", "2026-01-01T00:00:00Z"), new MerchantId("mws", "A1"));
        assertTrue(flat.startsWith("report-id\treport-type\t"), flat);
        assertTrue(flat.contains("\t_GET_ORDERS_DATA_\t2025-12-31T00:00:00Z\t2026-01-01T00:00:00Z\t"), flat);
    }

    private static Report report(String type, String end) {
        Instant endTime = Instant.parse(end);
        return new Report("59000000000", type, endTime.minusSeconds(86_400), endTime, endTime, endTime.plusSeconds(5),
                ProcessingStatus.COMPLETED, "amzn1.tortuga.0.doc", null);
    }
}
