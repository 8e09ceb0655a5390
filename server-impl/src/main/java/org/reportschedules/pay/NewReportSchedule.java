package org.reportschedules.pay;

/**
 * A Create Report Schedule request as the client sent it, before any rule has looked at it. Any field may
 * be null (absent or JSON null); the report type and frequency have already been read as the contract's
 * enums, so an unknown one never gets this far.
 *
 * @param reportType             the contract's ReportType value
 * @param scheduleFrequency      the contract's ScheduleFrequency value, an ISO 8601 duration
 * @param nextReportCreationTime a date-time in one of the forms {@link PayDateTimes} accepts
 * @param deleteExistingInBody   the body's deleteExistingSchedule, as the SDKs send it
 * @param deleteExistingInQuery  the query's deleteExistingSchedule, as the docs place it: "true" or "false"
 */
public record NewReportSchedule(String reportType, String scheduleFrequency, String nextReportCreationTime,
                                Boolean deleteExistingInBody, String deleteExistingInQuery) {
}
