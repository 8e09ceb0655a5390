package org.reportschedules.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.reportschedules.domain.ScheduleBook;
import org.reportschedules.domain.ScheduleIds;

/**
 * All schedules in memory, partitioned by merchant. A merchant's book is its own lock, so merchants never
 * wait for each other and one merchant never sees another's schedules.
 */
public final class ScheduleStore {

    private final ScheduleIds ids = new ScheduleIds();
    private final ConcurrentMap<String, ScheduleBook> books = new ConcurrentHashMap<>();

    /** Forgets every merchant's schedules (ids keep counting up, so an old id never comes back). */
    public void clear() {
        books.clear();
    }

    public ScheduleBook bookOf(String merchantId) {
        return books.computeIfAbsent(merchantId, m -> new ScheduleBook(ids));
    }
}
