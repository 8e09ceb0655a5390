package org.reportschedules.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ScheduleBook;
import org.reportschedules.domain.ScheduleIds;

/** Schedules in memory, one book per merchant; the book is the merchant's lock. */
public final class InMemoryScheduleRepository implements ScheduleRepository {

    private final ScheduleIds ids;
    private final ConcurrentMap<MerchantId, ScheduleBook> books = new ConcurrentHashMap<>();

    public InMemoryScheduleRepository(ScheduleIds ids) {
        this.ids = ids;
    }

    @Override
    public <T> T read(MerchantId merchant, Function<ScheduleBook, T> query) {
        return change(merchant, query);
    }

    @Override
    public <T> T change(MerchantId merchant, Function<ScheduleBook, T> change) {
        ScheduleBook book = books.computeIfAbsent(merchant, m -> new ScheduleBook(ids));
        synchronized (book) {
            return change.apply(book);
        }
    }

    /** Forgets every merchant's schedules; ids keep counting up, so an old id never comes back. */
    @Override
    public void reset() {
        books.clear();
    }
}
