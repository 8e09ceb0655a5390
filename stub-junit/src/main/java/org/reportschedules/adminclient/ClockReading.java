package org.reportschedules.adminclient;

import java.time.Instant;

/** The stub's clock as its admin API answers it: the instant it reads, and whether it stands still. */
public record ClockReading(Instant now, boolean frozen) {
}
