package org.reportschedules.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The stub's clock: real time by default, which tests can freeze, move forward and let run again, so that
 * time-dependent rules are tested by moving the clock instead of sleeping. Time never goes backwards.
 */
public final class StubClock extends Clock {

    private final Clock source;
    private Duration ahead = Duration.ZERO;
    private Instant frozenAt;

    public StubClock(Clock source) {
        this.source = source;
    }

    public static StubClock system() {
        return new StubClock(Clock.systemUTC());
    }

    @Override
    public synchronized Instant instant() {
        return frozenAt != null ? frozenAt : source.instant().plus(ahead);
    }

    public synchronized boolean isFrozen() {
        return frozenAt != null;
    }

    public synchronized void freeze() {
        frozenAt = instant();
    }

    public synchronized void resume() {
        if (frozenAt != null) {
            ahead = Duration.between(source.instant(), frozenAt);
            frozenAt = null;
        }
    }

    public synchronized void advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("The clock only moves forward: " + by);
        }
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(by);
        } else {
            ahead = ahead.plus(by);
        }
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The stub's clock is always UTC");
    }
}
