package org.reportschedules.documents;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportContent;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Downloads through document links, by the stub's clock: no server, no HTTP. */
class DocumentDownloadsTest {

    private static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");
    private static final MerchantId MERCHANT = new MerchantId("pay-live", "LIVE-AHRRW6XQHZC7XYBNCJGBCPXJ");
    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";

    private final StubClock clock = new StubClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final SequentialIds ids = new SequentialIds();
    private final InMemoryMerchantRepository records = new InMemoryMerchantRepository(ids);
    private final DocumentLinks links = new DocumentLinks();
    private final DocumentDownloads downloads = new DocumentDownloads(links, records, clock);

    private final Report report = records.change(MERCHANT, found -> new ReportMaking(clock, ids, Duration.ZERO, 1, ReportMaking.KEPT_FOR)
            .makeNow(found, ORDERS, NOW.minus(Duration.ofDays(1)), NOW));

    private String issue() {
        URI url = links.issue(URI.create("http://127.0.0.1:8080/"), MERCHANT, report.documentId(), clock.instant());
        return url.getPath().substring((DocumentLinks.PATH + "/").length());
    }

    private DocumentError refused(String token) {
        return assertThrows(DocumentRefused.class, () -> downloads.download(token)).error();
    }

    @Test
    void aValidLinkDownloadsTheReportsCsv() {
        DocumentDownloads.Document document = downloads.download(issue());

        assertEquals(ReportContent.of(report, MERCHANT), document.content());
        assertTrue(document.csv());
        assertTrue(document.content().startsWith("AmazonOrderReferenceId,SellerOrderId,"), document.content());
    }

    @Test
    void aLinkIsValidFor30SecondsThenAnswersAsAnExpiredS3Url() {
        String token = issue();
        clock.advance(Duration.ofSeconds(30));
        assertFalse(downloads.download(token).content().isEmpty(), "still valid at 30 seconds");

        clock.advance(Duration.ofSeconds(1));
        DocumentError error = refused(token);

        assertEquals(DocumentErrorCode.AccessDenied, error.code());
        assertEquals(403, error.code().status());
        assertEquals("Request has expired", error.message());
        assertEquals(Optional.of(new DocumentError.Expiry(Duration.ofSeconds(30), NOW.plusSeconds(30), NOW.plusSeconds(31))), error.expiry());
    }

    @Test
    void anUnknownTokenIsAccessDenied() {
        issue();

        DocumentError error = refused("x".repeat(43));

        assertEquals(DocumentErrorCode.AccessDenied, error.code());
        assertEquals("Access Denied", error.message());
        assertEquals(Optional.empty(), error.expiry());
    }

    @Test
    void aResetForgetsEveryLink() {
        String token = issue();

        links.reset();

        assertEquals("Access Denied", refused(token).message());
    }

    @Test
    void aLinkWhoseReportIsGoneAnswersNoSuchKey() {
        String token = issue();

        records.reset();

        assertEquals(DocumentErrorCode.NoSuchKey, refused(token).code());
    }

    @Test
    void expiredLinksAreForgottenAnHourAfterTheyExpired() {
        String old = issue();
        clock.advance(DocumentLinks.VALID_FOR.plus(DocumentLinks.KEPT_AFTER_EXPIRY));
        issue();
        assertEquals("Request has expired", refused(old).message(), "kept until an hour after its expiry");

        clock.advance(Duration.ofSeconds(1));
        issue();

        assertEquals("Access Denied", refused(old).message());
    }

    @Test
    void everyLinkHasItsOwnUnguessableToken() {
        String first = issue();
        String second = issue();

        assertFalse(first.equals(second));
        assertTrue(first.matches("[A-Za-z0-9_-]{43}"), first);
    }
}
