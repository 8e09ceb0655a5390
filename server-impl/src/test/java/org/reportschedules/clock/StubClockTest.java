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
}
