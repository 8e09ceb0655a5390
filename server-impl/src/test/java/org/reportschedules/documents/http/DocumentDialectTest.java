package org.reportschedules.documents.http;

import java.time.Instant;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import org.junit.jupiter.api.Test;
import org.reportschedules.documents.DocumentError;
import org.reportschedules.documents.DocumentErrorCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents dialect's paths and S3's error documents, without a server. */
class DocumentDialectTest {

    private final DocumentDialect dialect = new DocumentDialect();

    @Test
    void servesTheDocumentsPathOnly() {
        assertTrue(dialect.serves("/documents/abc"));
        assertTrue(dialect.serves("/documents"));
        assertFalse(dialect.serves("/documentsx"));
        assertFalse(dialect.serves("/v2/report-documents/abc"));
    }

    @Test
    void anExpiredUrlIsAnsweredAsS3Does() {
        DocumentError expired = DocumentError.expired(Instant.parse("2026-01-10T12:00:30.250Z"), Instant.parse("2026-01-10T12:00:31.900Z"));

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired</Message>"
                + "<X-Amz-Expires>30</X-Amz-Expires><Expires>2026-01-10T12:00:30Z</Expires><ServerTime>2026-01-10T12:00:31Z</ServerTime>"
                + "<RequestId>r-1</RequestId></Error>", DocumentDialect.xml(expired, "r-1"));
    }

    @Test
    void textIsEscaped() {
        String xml = DocumentDialect.xml(DocumentError.of(DocumentErrorCode.InvalidRequest, "a <b> & c"), "<id>");

        assertTrue(xml.contains("<Message>a &lt;b&gt; &amp; c</Message><RequestId>&lt;id&gt;</RequestId>"), xml);
    }

    @Test
    void jerseysRefusalsBecomeS3Codes() {
        assertEquals(DocumentErrorCode.AccessDenied, DocumentDialect.translate(new NotFoundException()).code());
        assertEquals(DocumentErrorCode.MethodNotAllowed, DocumentDialect.translate(new NotAllowedException("GET")).code());
        assertEquals(DocumentErrorCode.InternalError, DocumentDialect.translate(new IllegalStateException("bug")).code());
    }
}
