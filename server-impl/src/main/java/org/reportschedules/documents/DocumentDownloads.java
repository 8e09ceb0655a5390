package org.reportschedules.documents;

import java.time.Clock;
import java.time.Instant;

import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportContent;
import org.reportschedules.store.MerchantRepository;

/**
 * Downloads through the links {@link DocumentLinks} issued: the document of the linked report while the link
 * is valid, otherwise the refusal S3 gives for a pre-signed url (403 AccessDenied, "Request has expired" once
 * it has expired).
 */
public final class DocumentDownloads {

    /** A document's content, and whether it is an Amazon Pay CSV (or an MWS tab-separated flat file). */
    public record Document(String content, boolean csv) {
    }

    private final DocumentLinks links;
    private final MerchantRepository records;
    private final Clock clock;

    public DocumentDownloads(DocumentLinks links, MerchantRepository records, Clock clock) {
        this.links = links;
        this.records = records;
        this.clock = clock;
    }

    public Document download(String token) {
        DocumentLinks.Link link = links.find(token).orElseThrow(() -> DocumentError.accessDenied().rejection());
        Instant now = clock.instant();
        if (link.expiredAt(now)) {
            throw DocumentError.expired(link.expiresAt(), now).rejection();
        }
        // A link outlives its report only when the report is forgotten (kept 90 days) within the link's 30 seconds.
        Report report = records.read(link.merchant(), found -> found.reports().findByDocument(link.documentId()))
                .orElseThrow(() -> DocumentError.of(DocumentErrorCode.NoSuchKey, "The specified key does not exist.").rejection());
        return new Document(ReportContent.of(report, link.merchant()), ReportContent.isCsv(report.reportType()));
    }
}
