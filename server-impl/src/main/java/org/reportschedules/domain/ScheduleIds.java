package org.reportschedules.domain;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out schedule ids shaped like the real service's (11 digits, e.g. 68973459224), unique across all
 * merchants, so an id names one schedule only; merchants are kept apart by their own books, not by ids.
 */
public final class ScheduleIds {

    private static final long FIRST = 50_000_000_000L;

    private final AtomicLong next = new AtomicLong(FIRST);

    public String next() {
        return Long.toString(next.getAndIncrement());
    }
}
