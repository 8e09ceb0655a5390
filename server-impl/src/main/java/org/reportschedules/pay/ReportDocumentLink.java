package org.reportschedules.pay;

import java.net.URI;

/** Get Report Document's answer: where the document can be downloaded (for 30 seconds), and how it is compressed. */
public record ReportDocumentLink(String reportDocumentId, URI url, String compressionAlgorithm) {
}
