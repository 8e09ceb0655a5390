package org.reportschedules.seed;

/**
 * Which API a seeded merchant is reached through. Each merchant's entries use the field names of its own API,
 * so a seed reads like the requests that would have made it.
 */
enum SeedApi {
    AMAZON_PAY("Amazon Pay", "reportType", "nextReportCreationTime", "endTime", "createdTime"),
    MWS("MWS", "ReportType", "ScheduleDate", "EndDate", "AvailableDate");

    final String title;
    final String reportTypeField;
    final String nextTimeField;
    final String endField;
    final String createdField;

    SeedApi(String title, String reportTypeField, String nextTimeField, String endField, String createdField) {
        this.title = title;
        this.reportTypeField = reportTypeField;
        this.nextTimeField = nextTimeField;
        this.endField = endField;
        this.createdField = createdField;
    }
}
