package org.reportschedules.domain;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleBookTest {

    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String REFUNDS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_";
    private static final Instant NEXT = Instant.parse("2022-11-18T15:06:30Z");

    private final ScheduleBook book = new ScheduleBook(new SequentialIds());

    @Test
    void aSecondScheduleForTheSameTypeIsRefusedAndChangesNothing() {
        ReportSchedule first = ((CreateOutcome.Created) book.create(ORDERS, Frequency.of("P1D"), NEXT, false)).schedule();

        CreateOutcome second = book.create(ORDERS, Frequency.of("P7D"), NEXT, false);

        assertEquals(new CreateOutcome.Refused(first), second);
        assertEquals(List.of(first), book.list(List.of()));
    }

    @Test
    void replacingCancelsTheOldScheduleAndGivesANewId() {
        ReportSchedule first = ((CreateOutcome.Created) book.create(ORDERS, Frequency.of("P1D"), NEXT, false)).schedule();

        CreateOutcome.Replaced replaced = assertInstanceOf(CreateOutcome.Replaced.class,
                book.create(ORDERS, Frequency.of("P7D"), NEXT, true));

        assertEquals(first, replaced.cancelled());
        assertNotEquals(first.id(), replaced.schedule().id());
        assertTrue(book.find(first.id()).isEmpty());
        assertEquals(List.of(replaced.schedule()), book.list(List.of()));
    }

    @Test
    void listKeepsOnlyTheAskedTypes() {
        book.create(ORDERS, Frequency.of("P1D"), NEXT, false);
        ReportSchedule refunds = ((CreateOutcome.Created) book.create(REFUNDS, Frequency.of("PT1H"), NEXT, false)).schedule();

        assertEquals(List.of(refunds), book.list(List.of(REFUNDS)));
        assertEquals(2, book.list(List.of()).size());
    }

    @Test
    void cancelRemovesTheScheduleOnce() {
        ReportSchedule schedule = ((CreateOutcome.Created) book.create(ORDERS, Frequency.of("P1D"), NEXT, false)).schedule();

        assertEquals(schedule, book.cancel(schedule.id()).orElseThrow());
        assertTrue(book.cancel(schedule.id()).isEmpty());
        assertTrue(book.list(List.of()).isEmpty());
    }

    @Test
    void settingAScheduledTypeUpdatesItInPlace() {
        ReportSchedule created = ((ManageOutcome.Created) book.set(ORDERS, Frequency.of("P1D"), NEXT)).schedule();

        ManageOutcome.Updated updated = assertInstanceOf(ManageOutcome.Updated.class,
                book.set(ORDERS, Frequency.of("P30D"), NEXT.plusSeconds(60)));

        assertEquals(created.id(), updated.schedule().id());
        assertEquals(created, updated.before());
        assertEquals(List.of(updated.schedule()), book.list(List.of()));
    }

    @Test
    void deletingByTypeRemovesTheScheduleOrSaysThereWasNone() {
        ReportSchedule created = ((ManageOutcome.Created) book.set(ORDERS, Frequency.of("P1D"), NEXT)).schedule();

        assertEquals(new ManageOutcome.Deleted(created), book.delete(ORDERS));
        assertEquals(new ManageOutcome.NothingToDelete(ORDERS), book.delete(ORDERS));
        assertTrue(book.list(List.of()).isEmpty());
    }
}
