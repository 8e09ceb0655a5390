package org.reportschedules.conformance.pay;

import java.util.List;
import java.util.Map;

/**
 * Every report of one Get Reports listing, read to its last page, and the filters its first call was asked with.
 *
 * @param filters the query parameters of the first call (reportTypes, processingStatuses, createdSince, ...)
 * @param reports the reports of every page, in the order the target gave them
 */
public record PayReportListing(Map<String, String> filters, List<Map<String, Object>> reports) {

    public PayReportListing {
        filters = Map.copyOf(filters);
        reports = List.copyOf(reports);
    }

    public List<String> ids() {
        return reports.stream().map(report -> String.valueOf(report.get("reportId"))).toList();
    }
}
