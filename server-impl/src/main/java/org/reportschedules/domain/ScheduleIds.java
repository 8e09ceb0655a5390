package org.reportschedules.domain;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out schedule ids shaped like the real service's (11 digits, e.g. 68973459224). Ids are unique
 * across merchants, so an id can never be guessed into another merchant's schedule.
 */
public final class ScheduleIds {

    private static final long FIRST = 50_000_000_000L;

    private final AtomicLong next = new AtomicLong(FIRST);

    public String next() {
        return Long.toString(next.getAndIncrement());
    }
}
