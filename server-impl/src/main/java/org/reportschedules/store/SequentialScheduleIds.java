package org.reportschedules.store;

import java.util.concurrent.atomic.AtomicLong;

import org.reportschedules.domain.ScheduleIds;

/**
 * Ids shaped like the real service's (11 digits, e.g. 68973459224), counting up from 50000000000. A reset
 * does not rewind them, so an id seen before a reset never names a different schedule after it.
 */
public final class SequentialScheduleIds implements ScheduleIds {

    private static final long FIRST = 50_000_000_000L;

    private final AtomicLong next = new AtomicLong(FIRST);

    @Override
    public String next() {
        return Long.toString(next.getAndIncrement());
    }
}
