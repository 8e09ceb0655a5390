package org.reportschedules.domain;

/** Where new report and report document ids come from; unique across all merchants. */
public interface ReportIds {

    String nextReportId();

    String nextDocumentId();
}
