package org.reportschedules.pay;

/**
 * A Get Reports request as the client sent it, before any rule has looked at it; null means absent.
 *
 * @param reportTypes        comma-separated report types
 * @param processingStatuses comma-separated processing statuses
 * @param createdSince       a date-time in one of the forms {@link PayDateTimes} accepts
 * @param createdUntil       the same
 * @param pageSize           the page size, if the client gave one
 * @param nextToken          the token of the page before, for a follow-up call
 */
public record ReportQuery(String reportTypes, String processingStatuses, String createdSince, String createdUntil,
                          Integer pageSize, String nextToken) {

    /** A first call with every default: the reports of the last 90 days, ten to a page. */
    public static ReportQuery everything() {
        return new ReportQuery(null, null, null, null, null, null);
    }

    /** The follow-up call Amazon documents: the token as the only parameter. */
    public static ReportQuery next(String nextToken) {
        return new ReportQuery(null, null, null, null, null, nextToken);
    }
}
