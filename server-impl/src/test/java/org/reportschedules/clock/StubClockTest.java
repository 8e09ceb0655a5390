package org.reportschedules.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StubClockTest {

    private final AtomicReference<Instant> real = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private final StubClock clock = new StubClock(new Clock() {
        @Override
        public Instant instant() {
            return real.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void followsRealTimeUntilFrozen() {
        real.set(real.get().plusSeconds(5));
        assertEquals(Instant.parse("2026-01-01T00:00:05Z"), clock.instant());

        clock.freeze();
        real.set(real.get().plusSeconds(100));
        assertTrue(clock.isFrozen());
        assertEquals(Instant.parse("2026-01-01T00:00:05Z"), clock.instant());
    }

    @Test
    void advanceMovesAFrozenOrARunningClock() {
        clock.freeze();
        clock.advance(Duration.ofSeconds(45));
        assertEquals(Instant.parse("2026-01-01T00:00:45Z"), clock.instant());

        clock.resume();
        assertFalse(clock.isFrozen());
        real.set(real.get().plusSeconds(10));
        assertEquals(Instant.parse("2026-01-01T00:00:55Z"), clock.instant(), "resumes from where it stood");

        clock.advance(Duration.ofDays(1));
        assertEquals(Instant.parse("2026-01-02T00:00:55Z"), clock.instant());
    }

    @Test
    void neverGoesBackwards() {
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ZERO));
    }

    @Test
    void advanceStopsShortOfTheEndOfYear9998() {
        clock.freezeAt(Instant.parse("9998-12-31T23:59:59Z"));
        clock.advance(Duration.ofMillis(999));
        assertEquals(Instant.parse("9998-12-31T23:59:59.999Z"), clock.instant(), "the last millisecond of 9998 is in range");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofMillis(1)));
        assertTrue(refused.getMessage().contains("9999-01-01T00:00:00Z"), refused.getMessage());
        assertEquals(Instant.parse("9998-12-31T23:59:59.999Z"), clock.instant(), "a refused move changes nothing");
    }

    @Test
    void advanceByADurationTooLargeToAddIsRefusedAndChangesNothing() {
        for (String by : new String[] {"PT2562047788015215H", "P3000000D"}) {
            assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.parse(by)), by);
            assertEquals(Instant.parse("2026-01-01T00:00:00Z"), clock.instant(), by);
            assertFalse(clock.isFrozen(), by);
        }
        clock.freeze();
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.parse("PT2562047788015215H")));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), clock.instant());
        assertTrue(clock.isFrozen());
    }

    @Test
    void aRunningClockIsBoundedToo() {
        Duration toTheEnd = Duration.between(real.get(), StubClock.END);
        assertThrows(IllegalArgumentException.class, () -> clock.advance(toTheEnd));
        clock.advance(toTheEnd.minusSeconds(1));
        assertEquals(Instant.parse("9998-12-31T23:59:59Z"), clock.instant());
        assertFalse(clock.isFrozen());
    }

    @Test
    void freezeAtSetsTheClockForwardOrBackWithinItsRange() {
        clock.freezeAt(Instant.parse("2030-06-01T12:00:00Z"));
        real.set(real.get().plusSeconds(100));
        assertTrue(clock.isFrozen());
        assertEquals(Instant.parse("2030-06-01T12:00:00Z"), clock.instant());

        clock.freezeAt(Instant.parse("2020-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), clock.instant(), "the caller decides whether going back is allowed");

        clock.freezeAt(StubClock.EARLIEST);
        assertEquals(StubClock.EARLIEST, clock.instant());
    }

    @Test
    void freezeAtOutsideTheRangeIsRefusedAndChangesNothing() {
        for (String at : new String[] {"9999-01-01T00:00:00Z", "+10240-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> clock.freezeAt(Instant.parse(at)), at);
            assertTrue(refused.getMessage().contains("1970-01-01T00:00:00Z"), refused.getMessage());
            assertFalse(clock.isFrozen(), at);
            assertEquals(Instant.parse("2026-01-01T00:00:00Z"), clock.instant(), at);
        }
    }

    @Test
    void resetFollowsRealTimeAgainRunning() {
        clock.advance(Duration.ofDays(400));
        clock.freeze();
        clock.reset();
        assertFalse(clock.isFrozen());
        assertEquals(real.get(), clock.instant());
        real.set(real.get().plusSeconds(3));
        assertEquals(Instant.parse("2026-01-01T00:00:03Z"), clock.instant());

        clock.freezeAt(Instant.parse("2020-01-01T00:00:00Z"));
        clock.resume();
        clock.reset();
        assertEquals(real.get(), clock.instant(), "no offset survives a reset");
    }
}
