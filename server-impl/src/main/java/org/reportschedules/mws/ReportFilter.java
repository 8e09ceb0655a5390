package org.reportschedules.mws;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.reportschedules.domain.Report;

/**
 * Which of a seller's available reports GetReportList and GetReportCount keep. A NextToken carries it, with
 * its dates resolved, so every page of one listing reads the same filter.
 *
 * @param reportTypes   ReportTypeList.Type.N; empty keeps every type
 * @param acknowledged  Acknowledged; null keeps both
 * @param availableFrom AvailableFromDate: the earliest AvailableDate kept (default 90 days before the request)
 * @param availableTo   AvailableToDate: the latest AvailableDate kept (default the first request's now, so reports
 *                      that become available while a client pages do not shift its pages)
 * @param requestIds    ReportRequestIdList.Id.N; when not empty the only reports kept, whatever the others say
 */
record ReportFilter(List<String> reportTypes, Boolean acknowledged, Instant availableFrom, Instant availableTo,
                    List<String> requestIds) {

    /** The docs' default for AvailableFromDate, "90 days ago": as long as reports are kept. */
    static final Duration LOOK_BACK = Duration.ofDays(90);

    ReportFilter {
        reportTypes = List.copyOf(reportTypes);
        requestIds = List.copyOf(requestIds);
        Objects.requireNonNull(availableFrom, "availableFrom");
        Objects.requireNonNull(availableTo, "availableTo");
    }

    /**
     * The filter a request names, its defaults read at {@code now}.
     *
     * @param byRequestIds whether the action takes ReportRequestIdList (GetReportList does, GetReportCount not)
     */
    static ReportFilter of(MwsParameters parameters, Instant now, boolean byRequestIds) {
        return new ReportFilter(
                parameters.numbered("ReportTypeList.Type."),
                parameters.get("Acknowledged").map(ReportFilter::parseBoolean).orElse(null),
                parameters.get("AvailableFromDate").map(text -> MwsDateTimes.parse("AvailableFromDate", text)).orElse(now.minus(LOOK_BACK)),
                parameters.get("AvailableToDate").map(text -> MwsDateTimes.parse("AvailableToDate", text)).orElse(now),
                byRequestIds ? parameters.numbered("ReportRequestIdList.Id.") : List.of());
    }

    /** Whether the filter keeps a report available for download. */
    boolean keeps(Report report) {
        if (!requestIds.isEmpty()) {
            return requestIds.contains(ReportListActions.requestIdOf(report.id()));
        }
        Instant available = report.processingEndTime();
        return (reportTypes.isEmpty() || reportTypes.contains(report.reportType()))
                && (acknowledged == null || acknowledged == ReportListActions.isAcknowledged(report))
                && !available.isBefore(availableFrom)
                && !available.isAfter(availableTo);
    }

    /** xs:boolean as the contract writes it: exactly true or false. */
    private static Boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw MwsError.invalidValue("Acknowledged", text, "use true or false").rejection();
        };
    }
}
