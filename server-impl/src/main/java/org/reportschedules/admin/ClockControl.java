package org.reportschedules.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.reportschedules.clock.StubClock;
import org.reportschedules.scheduler.FiringRepository;
import org.reportschedules.text.EchoedValue;

/**
 * The admin's moves of the stub's clock. Each one fires whatever became due before it returns, so a test that
 * moves the clock finds the reports of the schedules it moved past already made. The clock moves forward only,
 * except when nothing is stored: records made at a later time would then lie in the clock's future.
 */
public final class ClockControl {

    private static final String POSITIVE_DURATION = "a positive ISO 8601 duration such as PT45S";
    private static final String DATE_TIME = "an ISO 8601 date-time with an offset, such as 2026-11-23T08:00:00Z";

    /** The clock as a move left it. */
    public record Reading(Instant now, boolean frozen) {
    }

    private final StubClock clock;
    private final FiringRepository records;

    public ClockControl(StubClock clock, FiringRepository records) {
        this.clock = clock;
        this.records = records;
    }

    public synchronized Reading read() {
        return new Reading(clock.instant(), clock.isFrozen());
    }

    public synchronized Reading freeze() {
        clock.freeze();
        return firedDue();
    }

    public synchronized Reading resume() {
        clock.resume();
        return firedDue();
    }

    /**
     * Moves the clock forward by a positive ISO 8601 duration such as PT45S.
     *
     * @throws AdminRequestRejected when the duration is missing, malformed or not positive, or would take the
     *                              clock beyond its range; nothing then changes
     */
    public synchronized Reading advance(String by) {
        Duration duration = parsed("by", by, Duration::parse, POSITIVE_DURATION);
        if (duration.isNegative() || duration.isZero()) {
            throw invalid("by", by, "Use " + POSITIVE_DURATION + ".");
        }
        try {
            clock.advance(duration);
        } catch (IllegalArgumentException e) {
            throw invalid("by", by, e.getMessage());
        }
        return firedDue();
    }

    /**
     * Freezes the clock at an ISO 8601 date-time with an offset, such as 2026-11-23T08:00:00Z.
     *
     * @throws AdminRequestRejected when the instant is missing or malformed, outside the clock's range, or behind
     *                              its current instant while records are stored; nothing then changes
     */
    public synchronized Reading freezeAt(String now) {
        Instant at = parsed("now", now, text -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from), DATE_TIME);
        Instant current = clock.instant();
        if (at.isBefore(current) && !records.merchants().isEmpty()) {
            throw new AdminError(AdminErrorCode.InvalidField, "The clock cannot go back from " + current + " to " + at
                    + " while the stub holds records made at later times. Reset the stub first (POST /__admin/reset), "
                    + "or give an instant from " + current + " on.").rejection();
        }
        try {
            clock.freezeAt(at);
        } catch (IllegalArgumentException e) {
            throw new AdminError(AdminErrorCode.InvalidField, e.getMessage()).rejection();
        }
        return firedDue();
    }

    /** The field's value as the parser reads it; missing or unreadable, refused with a hint naming the form expected. */
    private static <T> T parsed(String field, String value, Function<String, T> parser, String form) {
        if (value == null || value.isBlank()) {
            throw new AdminError(AdminErrorCode.MissingField, "The field " + field + " is missing: give " + form + ".").rejection();
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException e) {
            throw invalid(field, value, "Use " + form + ".");
        }
    }

    private static AdminRequestRejected invalid(String field, String value, String why) {
        return new AdminError(AdminErrorCode.InvalidField, "The value provided for " + field + " is invalid: " + EchoedValue.of(value) + ". " + why).rejection();
    }

    private Reading firedDue() {
        records.fireAllDue();
        return read();
    }
}
