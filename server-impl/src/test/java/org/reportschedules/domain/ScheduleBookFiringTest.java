package org.reportschedules.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book skips reading its schedules when none can be due yet; whatever was done to it before, that shortcut must
 * never hide a schedule whose time has come, nor fire one whose time has not.
 */
class ScheduleBookFiringTest {

    private static final List<String> TYPES = List.of("_GET_ORDERS_DATA_", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_",
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_");
    private static final Instant START = Instant.parse("2022-11-18T15:00:00Z");

    /** One thing done to a book: which, to which report type, at how many minutes after the start. */
    record Step(int kind, int type, int minutes) {
    }

    @Property(tries = 2_000)
    void firingFindsExactlyTheSchedulesDueWhateverCameBefore(@ForAll("steps") List<Step> steps) {
        ScheduleBook book = new ScheduleBook(new SequentialIds());
        for (Step step : steps) {
            String type = TYPES.get(step.type());
            Instant at = START.plus(Duration.ofMinutes(step.minutes()));
            switch (step.kind()) {
                case 0 -> book.create(type, Frequency.of("PT1H"), at, true);
                case 1 -> book.set(type, Frequency.of("P1D"), at);
                case 2 -> book.delete(type);
                case 3 -> book.restore(new ReportSchedule("5" + step.minutes(), type, Frequency.of("PT30M"), at));
                case 4 -> book = book.copy();
                default -> assertFiresExactlyTheDue(book, at);
            }
        }
    }

    private static void assertFiresExactlyTheDue(ScheduleBook book, Instant now) {
        long dueBefore = book.list(List.of()).stream().filter(s -> !s.nextReportCreationTime().isAfter(now)).count();

        List<ScheduleBook.DueReport> fired = book.fireDue(now, 1);

        assertEquals(dueBefore, fired.size(), "one report (cap 1) per schedule due at " + now);
        assertTrue(book.list(List.of()).stream().allMatch(s -> s.nextReportCreationTime().isAfter(now)),
                "every schedule has moved past " + now);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-120, 600)).as(Step::new);
        return step.list().ofMaxSize(30);
    }
}
