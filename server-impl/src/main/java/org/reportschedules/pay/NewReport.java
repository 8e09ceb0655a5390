package org.reportschedules.pay;

/**
 * A Create Report request as the client sent it, before any rule has looked at it; any field may be null.
 *
 * @param reportType the contract's ReportType value
 * @param startTime  start of the period, a date-time in one of the forms {@link PayDateTimes} accepts
 * @param endTime    end of the period, the same
 */
public record NewReport(String reportType, String startTime, String endTime) {
}
