package org.reportschedules.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportBookTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void forgetsOnlyReportsCreatedBeforeTheCutOffWhateverOrderTheyCameIn() {
        ReportBook book = new ReportBook();
        // A schedule catching up adds reports dated in the past after newer ones.
        book.add(report("1", NOW.minusSeconds(10)));
        book.add(report("2", NOW.minusSeconds(1000)));
        book.add(report("3", NOW));
        book.forgetCreatedBefore(NOW.minusSeconds(100));
        assertEquals(List.of("1", "3"), ids(book));
        book.forgetCreatedBefore(NOW.minusSeconds(100));
        assertEquals(List.of("1", "3"), ids(book));
        book.add(report("4", NOW.minusSeconds(50)));
        book.forgetCreatedBefore(NOW.minusSeconds(20));
        assertEquals(List.of("1", "3"), ids(book));
        book.forgetCreatedBefore(NOW.plusSeconds(1));
        assertEquals(List.of(), ids(book));
        book.add(report("5", NOW.minusSeconds(5000)));
        book.forgetCreatedBefore(NOW.minusSeconds(100));
        assertEquals(List.of(), ids(book));
    }

    private static List<String> ids(ReportBook book) {
        return book.list(report -> true).stream().map(Report::id).toList();
    }

    private static Report report(String id, Instant created) {
        return new Report(id, "_GET_ORDERS_DATA_", created.minusSeconds(86_400), created, created, created.plusSeconds(5),
                ProcessingStatus.COMPLETED, "doc-" + id, null);
    }
}
