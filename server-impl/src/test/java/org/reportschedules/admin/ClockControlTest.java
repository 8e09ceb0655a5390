package org.reportschedules.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.Report;
import org.reportschedules.scheduler.FiringRepository;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin's clock moves: bounded, forward only while records exist, and each fires what became due before it returns. */
class ClockControlTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final MerchantId MERCHANT = new MerchantId("pay-live", "KEY");
    private static final String TYPE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";

    private final AtomicReference<Instant> real = new AtomicReference<>(START);
    private final StubClock clock = new StubClock(new Clock() {
        @Override
        public Instant instant() {
            return real.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    });
    private final SequentialIds ids = new SequentialIds();
    /** Below the scheduler: reading here fires nothing, so what it shows was fired by the clock move. */
    private final InMemoryMerchantRepository stored = new InMemoryMerchantRepository(ids);
    private final FiringRepository records = new FiringRepository(stored,
            new ReportMaking(clock, ids, ReportMaking.DEFAULT_PROCESSING_DELAY, ReportMaking.DEFAULT_CATCH_UP_CAP, ReportMaking.KEPT_FOR));
    private final ClockControl control = new ClockControl(clock, records);

    @Test
    void everyMoveFiresWhatBecameDueBeforeItReturns() {
        scheduleDaily(START.plus(Duration.ofDays(1)));

        control.freeze();
        assertTrue(reports().isEmpty());

        ClockControl.Reading advanced = control.advance("P1D");
        assertEquals(START.plus(Duration.ofDays(1)), advanced.now());
        assertEquals(1, reports().size(), "fired by the advance itself, before anyone read");

        control.freezeAt("2026-01-04T00:00:00Z");
        assertEquals(3, reports().size(), "one report per day passed");

        real.set(START.plus(Duration.ofDays(10)));
        control.resume();
        assertEquals(3, reports().size(), "resuming runs from where the clock stood");

        control.advance("P1D");
        control.freeze();
        assertEquals(4, reports().size());
    }

    @Test
    void freezeFiresWhatRealTimeMadeDue() {
        scheduleDaily(START.plus(Duration.ofHours(1)));
        real.set(START.plus(Duration.ofHours(2)));
        control.freeze();
        assertEquals(1, reports().size());
    }

    @Test
    void theClockGoesBackOnlyWhileNothingIsStored() {
        control.freezeAt("2030-01-01T00:00:00Z");
        ClockControl.Reading back = control.freezeAt("2020-01-01T00:00:00Z");
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), back.now(), "nothing stored: any instant in range");
        assertTrue(back.frozen());

        scheduleDaily(Instant.parse("2020-01-02T00:00:00Z"));
        AdminRequestRejected refused = assertThrows(AdminRequestRejected.class,
                () -> control.freezeAt("2019-12-31T23:59:59Z"));
        assertEquals(AdminErrorCode.InvalidField, refused.error().code());
        assertTrue(refused.error().message().contains("POST /__admin/reset"), refused.error().message());
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), control.read().now(), "a refused move changes nothing");

        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), control.freezeAt("2020-01-01T00:00:00Z").now(),
                "the current instant itself is not behind");

        stored.reset();
        assertEquals(START, control.freezeAt("2026-01-01T00:00:00Z").now(), "after a reset the clock may go back again");
    }

    @Test
    void movesBeyondTheRangeAreRefusedInTheAdminFormAndChangeNothing() {
        control.freeze();
        for (String by : List.of("PT2562047788015215H", "P3000000D", "PT2562047788015216H", "-PT1S", "PT0S", "soon")) {
            AdminRequestRejected refused = assertThrows(AdminRequestRejected.class, () -> control.advance(by));
            assertEquals(AdminErrorCode.InvalidField, refused.error().code());
            assertTrue(refused.error().message().startsWith("The value provided for by is invalid: " + by + ". "), refused.error().message());
            assertEquals(START, control.read().now());
        }
        assertEquals(AdminErrorCode.MissingField, assertThrows(AdminRequestRejected.class, () -> control.advance(null)).error().code());
        assertEquals(AdminErrorCode.MissingField, assertThrows(AdminRequestRejected.class, () -> control.freezeAt(" ")).error().code());
        assertEquals(AdminErrorCode.InvalidField, assertThrows(AdminRequestRejected.class, () -> control.freezeAt("2030-01-01")).error().code());
        AdminRequestRejected refused = assertThrows(AdminRequestRejected.class, () -> control.freezeAt("9999-01-01T00:00:00Z"));
        assertEquals(AdminErrorCode.InvalidField, refused.error().code());
        assertEquals(START, control.read().now());
    }

    @Test
    void readingTheClockChangesNothing() {
        ClockControl.Reading reading = control.read();
        assertEquals(START, reading.now());
        assertFalse(reading.frozen());
        assertTrue(stored.merchants().isEmpty());
    }

    private void scheduleDaily(Instant first) {
        records.change(MERCHANT, found -> found.schedules().create(TYPE, Frequency.of("P1D"), first, false));
    }

    private List<Report> reports() {
        return stored.read(MERCHANT, found -> found.reports().list(report -> true));
    }
}
