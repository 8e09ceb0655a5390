package org.reportschedules.clock;

import java.time.Clock;

/**
 * The machine's real time, for the few things outsiders judge by their own clocks rather than by the stub's:
 * a TLS certificate's validity is checked by each client against its real clock, so a certificate dated by a
 * stub clock a test moved to 2030 (or back to 2022) would be refused; and a log line is dated when it was written,
 * as every other line in the same output. Every API rule reads {@link StubClock}.
 */
public final class WallClock {

    private WallClock() {
    }

    public static Clock utc() {
        return Clock.systemUTC();
    }

    /** The machine's time now, in milliseconds since the epoch. */
    public static long millis() {
        return System.currentTimeMillis();
    }
}
