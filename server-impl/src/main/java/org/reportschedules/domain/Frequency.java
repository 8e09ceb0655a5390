package org.reportschedules.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How often a schedule creates a report, as an ISO 8601 duration. The text is kept as given because
 * P1D and PT24H are the same duration but different values of the API's enum, and a client reads back
 * what it sent.
 */
public record Frequency(String iso8601, Duration duration) {

    public Frequency {
        Objects.requireNonNull(iso8601, "iso8601");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A frequency must be a positive duration: " + iso8601);
        }
    }

    /** Parses an ISO 8601 duration such as PT15M or P7D. */
    public static Frequency of(String iso8601) {
        try {
            return new Frequency(iso8601, Duration.parse(iso8601));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO 8601 duration: " + iso8601, e);
        }
    }

    public boolean sameDurationAs(Frequency other) {
        return duration.equals(other.duration);
    }
}
