package org.reportschedules.conformance.pay;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What each Get Reports filter keeps, as Amazon documents it: reports of the types listed, in the statuses
 * listed, created at or after createdSince and at or before createdUntil.
 */
final class PayReportFilters {

    private PayReportFilters() {
    }

    /** Whether the filter {@code name=value} keeps this report; filters that keep no report (pageSize) keep every one. */
    static boolean keeps(String name, String value, Map<String, Object> report) {
        return switch (name) {
            case "reportTypes" -> List.of(value.split(",")).contains(String.valueOf(report.get("reportType")));
            case "processingStatuses" -> List.of(value.split(",")).contains(String.valueOf(report.get("processingStatus")));
            case "createdSince" -> !created(report).isBefore(PayDateTimes.parse(value));
            case "createdUntil" -> !created(report).isAfter(PayDateTimes.parse(value));
            default -> true;
        };
    }

    private static Instant created(Map<String, Object> report) {
        return PayDateTimes.parse(String.valueOf(report.get("createdTime")));
    }
}
