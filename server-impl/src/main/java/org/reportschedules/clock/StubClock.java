package org.reportschedules.clock;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * The stub's clock: real time by default, which tests can freeze, move forward, set and let run again, so
 * that time-dependent rules are tested by moving the clock instead of sleeping. It moves backwards only
 * when told to ({@link #freezeAt} an earlier instant, {@link #reset}).
 *
 * <p>It is kept from {@link #EARLIEST} (the Unix epoch, the era of any real clock it follows) up to, not
 * including, {@link #END} (the end of year 9998): every time the stub derives from it, a schedule's next
 * creation time at most a period (30 days) ahead, a report's period or its 90 days of keeping behind, then
 * stays within the years 0001-9999 that both APIs' date-times can write. A move beyond that range, or by a
 * duration too large to add, is refused and changes nothing.
 */
public final class StubClock extends Clock {

    /** The earliest instant the clock can be set to. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The clock is refused any instant from this one on (the first instant of year 9999). */
    public static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

    private static final String RANGE = "the stub's clock stays from " + EARLIEST + " up to, not including, " + END;

    /**
     * What the clock carries over a restart: how far ahead of its source it runs, or, when {@code frozenAt} is
     * not null, where it stands still. Kept rather than forgotten, so a restarted stub never finds its records
     * made in its future.
     */
    public record Setting(Duration ahead, Instant frozenAt) {

        public static final Setting REAL_TIME = new Setting(Duration.ZERO, null);
    }

    private final Clock source;
    /**
     * Read without a lock: every request and the scheduler read the clock, often many times each, and a burst of
     * firing made request threads queue on the clock's monitor. The moves, rare, replace it whole under the lock.
     */
    private volatile Setting setting = Setting.REAL_TIME;
    private Consumer<Setting> whenMoved = moved -> { };

    public StubClock(Clock source) {
        this.source = source;
    }

    public static StubClock system() {
        return new StubClock(Clock.systemUTC());
    }

    @Override
    public Instant instant() {
        Setting now = setting;
        return now.frozenAt() != null ? now.frozenAt() : source.instant().plus(now.ahead());
    }

    public boolean isFrozen() {
        return setting.frozenAt() != null;
    }

    public synchronized void freeze() {
        moveTo(new Setting(setting.ahead(), instant()));
    }

    public synchronized void resume() {
        Instant frozenAt = setting.frozenAt();
        if (frozenAt != null) {
            moveTo(new Setting(Duration.between(source.instant(), frozenAt), null));
        }
    }

    /**
     * Moves the clock forward, frozen or running.
     *
     * @throws IllegalArgumentException when {@code by} is not positive, or the clock would reach {@link #END};
     *                                  the clock is then unchanged
     */
    public synchronized void advance(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("The clock only moves forward: " + by + " is not a positive duration.");
        }
        Instant now = instant();
        Instant target;
        try {
            target = now.plus(by);
        } catch (ArithmeticException | DateTimeException e) {
            target = null;
        }
        if (target == null || !target.isBefore(END)) {
            throw new IllegalArgumentException("The clock cannot move that far forward from " + now + ": " + RANGE + ".");
        }
        moveTo(setting.frozenAt() != null ? new Setting(setting.ahead(), target) : new Setting(setting.ahead().plus(by), null));
    }

    /**
     * Stops the clock at the given instant, ahead of the current one or behind it (whether going back is
     * allowed is the caller's rule).
     *
     * @throws IllegalArgumentException when the instant is outside the clock's range; the clock is then unchanged
     */
    public synchronized void freezeAt(Instant at) {
        if (at.isBefore(EARLIEST) || !at.isBefore(END)) {
            throw new IllegalArgumentException("The clock cannot be set to " + at + ": " + RANGE + ".");
        }
        moveTo(new Setting(setting.ahead(), at));
    }

    /** Real time again, running: as the stub started. */
    public synchronized void reset() {
        moveTo(Setting.REAL_TIME);
    }

    public Setting setting() {
        return setting;
    }

    /** Carries on from a setting kept by an earlier run (see {@link Setting}). */
    public synchronized void restore(Setting kept) {
        setting = kept;
    }

    /** Tells the listener the new setting after every move, before the move returns (a durable store keeps it). */
    public synchronized void whenMoved(Consumer<Setting> listener) {
        whenMoved = listener;
    }

    private void moveTo(Setting moved) {
        setting = moved;
        whenMoved.accept(moved);
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
