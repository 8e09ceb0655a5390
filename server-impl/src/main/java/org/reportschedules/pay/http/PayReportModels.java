package org.reportschedules.pay.http;

import org.reportschedules.api.pay.model.ProcessingStatus;
import org.reportschedules.api.pay.model.Report;
import org.reportschedules.api.pay.model.ReportDocument;
import org.reportschedules.api.pay.model.ReportList;
import org.reportschedules.api.pay.model.ReportType;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.pay.ReportAsOf;
import org.reportschedules.pay.ReportDocumentLink;
import org.reportschedules.pay.ReportPage;

/** Maps reports, pages of them and document links onto the generated Pay models. */
final class PayReportModels {

    private PayReportModels() {
    }

    static Report toModel(ReportAsOf asOf) {
        org.reportschedules.domain.Report report = asOf.report();
        return new Report()
                .reportId(report.id())
                .reportType(ReportType.fromValue(report.reportType()))
                .startTime(PayDateTimes.format(report.startTime()))
                .endTime(PayDateTimes.format(report.endTime()))
                .createdTime(PayDateTimes.format(report.createdTime()))
                .processingStatus(ProcessingStatus.fromValue(asOf.status().name()))
                .processingStartTime(PayDateTimes.format(asOf.processingStartTime()))
                .processingEndTime(asOf.processingEndTime().map(PayDateTimes::format).orElse(null))
                .reportDocumentId(asOf.documentId().orElse(null));
    }

    static ReportList list(ReportPage page) {
        return new ReportList()
                .reports(page.reports().stream().map(PayReportModels::toModel).toList())
                .nextToken(page.nextToken().orElse(null));
    }

    static ReportDocument toModel(ReportDocumentLink link) {
        return new ReportDocument()
                .reportDocumentId(link.reportDocumentId())
                .url(link.url().toString())
                .compressionAlgorithm(link.compressionAlgorithm());
    }
}
