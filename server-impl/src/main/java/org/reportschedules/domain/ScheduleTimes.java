package org.reportschedules.domain;

import java.time.Instant;

/**
 * The instants a schedule can hold: years 1 to 9999 in UTC, the range both APIs' four-digit date-times can
 * write back. Anything else would be answered as a different date.
 */
public final class ScheduleTimes {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private ScheduleTimes() {
    }

    public static boolean isRepresentable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }
}
