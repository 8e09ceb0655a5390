package org.reportschedules.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * What a report's document holds: a header row for the report type and a few rows of synthetic data, derived
 * only from the merchant, the type and the period, so the same report always reads the same. Amazon Pay
 * reports are comma-separated; MWS flat files (types not of Amazon Pay) are tab-separated.
 */
public final class ReportContent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int ROWS = 3;

    private static final List<String> SETTLEMENT = List.of("SettlementId", "SettlementStartDate", "SettlementEndDate",
            "TransactionType", "AmazonOrderReferenceId", "SellerOrderId", "TransactionPostedDate", "TransactionAmount",
            "TransactionFee", "CurrencyCode");
    private static final Map<String, List<String>> HEADERS = Map.of(
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_", SETTLEMENT,
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SANDBOX_SETTLEMENT_DATA_", SETTLEMENT,
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_", List.of("AmazonOrderReferenceId", "SellerOrderId",
                    "OrderReferenceStatus", "CreationDate", "Amount", "CurrencyCode", "StoreName"),
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_BILLING_AGREEMENT_DATA_", List.of("AmazonBillingAgreementId",
                    "SellerBillingAgreementId", "BillingAgreementStatus", "CreationDate", "StoreName"),
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_", List.of("AmazonAuthorizationId", "AuthorizationReferenceId",
                    "AmazonOrderReferenceId", "AuthorizationStatus", "CreationDate", "AuthorizationAmount", "CapturedAmount", "CurrencyCode"),
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_", List.of("AmazonCaptureId", "CaptureReferenceId",
                    "AmazonAuthorizationId", "CaptureStatus", "CreationDate", "CaptureAmount", "RefundedAmount", "CurrencyCode"),
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", List.of("AmazonRefundId", "RefundReferenceId", "AmazonCaptureId",
                    "RefundStatus", "CreationDate", "RefundAmount", "CurrencyCode"),
            "_GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_", List.of("ChargeId", "ChargePermissionId",
                    "MerchantReferenceId", "TransactionDate", "PresentmentAmount", "PresentmentCurrency", "SettlementAmount",
                    "SettlementCurrency", "ExchangeRate"));
    private static final List<String> FLAT_FILE = List.of("report-id", "report-type", "period-start", "period-end",
            "order-id", "purchase-date", "quantity", "item-price", "currency");

    private ReportContent() {
    }

    /** Whether documents of this type are Amazon Pay CSV (text/csv) rather than an MWS tab-separated flat file. */
    public static boolean isCsv(String reportType) {
        return HEADERS.containsKey(reportType);
    }

    public static String of(Report report, MerchantId merchant) {
        String separator = isCsv(report.reportType()) ? "," : "\t";
        List<String> header = HEADERS.getOrDefault(report.reportType(), FLAT_FILE);
        Random random = new Random((merchant + "|" + report.reportType() + "|" + report.startTime()).hashCode());
        StringBuilder out = new StringBuilder(String.join(separator, header)).append("\r\n");
        for (int row = 1; row <= ROWS; row++) {
            int line = row;
            IntFunction<String> cell = column -> cell(header.get(column), report, random, line);
            for (int column = 0; column < header.size(); column++) {
                out.append(column == 0 ? "" : separator).append(cell.apply(column));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** A value that looks like the column's: ids, dates within the period, amounts, currencies, statuses. */
    private static String cell(String column, Report report, Random random, int row) {
        String name = column.toLowerCase(Locale.ROOT).replace("-", "");
        Instant inPeriod = report.startTime().plusSeconds(Math.floorMod(random.nextLong(),
                Math.max(1, report.endTime().getEpochSecond() - report.startTime().getEpochSecond())));
        if (name.equals("reportid")) {
            return report.id();
        }
        if (name.equals("reporttype")) {
            return report.reportType();
        }
        if (name.contains("start")) {
            return DATE.format(report.startTime());
        }
        if (name.contains("end")) {
            return DATE.format(report.endTime());
        }
        if (name.contains("date")) {
            return DATE.format(inPeriod);
        }
        if (name.contains("currency")) {
            return "USD";
        }
        if (name.contains("amount") || name.contains("price") || name.contains("fee")) {
            return String.format(Locale.ROOT, "%.2f", 1 + random.nextInt(50_000) / 100.0);
        }
        if (name.contains("rate")) {
            return "1.000000";
        }
        if (name.contains("quantity")) {
            return Integer.toString(1 + random.nextInt(5));
        }
        if (name.contains("status")) {
            return "Closed";
        }
        if (name.contains("type")) {
            return row == ROWS ? "Refund" : "Capture";
        }
        if (name.contains("storename")) {
            return "Example Store";
        }
        return String.format("%s-%07d-%07d", column.replaceAll("[^A-Z]", "").toUpperCase(Locale.ROOT).isEmpty() ? "ID"
                : column.replaceAll("[^A-Z]", ""), Math.abs(random.nextInt(10_000_000)), Math.abs(random.nextInt(10_000_000)));
    }
}
