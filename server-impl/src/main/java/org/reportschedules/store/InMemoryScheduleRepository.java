package org.reportschedules.store;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ScheduleBook;
import org.reportschedules.domain.ScheduleIds;

/**
 * Schedules in memory, one book per merchant. Calls for one merchant take turns on that merchant's book;
 * calls for different merchants run side by side; a reset waits for the calls under way and is seen whole by
 * the next ones, so no acknowledged change lands in a book the reset has already thrown away.
 */
public final class InMemoryScheduleRepository implements ScheduleRepository {

    private final ScheduleIds ids;
    private final ConcurrentMap<MerchantId, ScheduleBook> books = new ConcurrentHashMap<>();
    private final ReadWriteLock resetLock = new ReentrantReadWriteLock();

    public InMemoryScheduleRepository(ScheduleIds ids) {
        this.ids = ids;
    }

    /** A merchant never seen reads as an empty book, and is not remembered. */
    @Override
    public <T> T read(MerchantId merchant, Function<ScheduleBook, T> query) {
        return underSharedLock(() -> {
            ScheduleBook book = books.get(merchant);
            return book == null ? query.apply(new ScheduleBook(ids)) : onBook(book, query);
        });
    }

    @Override
    public <T> T change(MerchantId merchant, Function<ScheduleBook, T> change) {
        return underSharedLock(() -> onBook(books.computeIfAbsent(merchant, m -> new ScheduleBook(ids)), change));
    }

    /** Forgets every merchant's schedules; ids keep counting up, so an old id never comes back. */
    @Override
    public void reset() {
        resetLock.writeLock().lock();
        try {
            books.clear();
        } finally {
            resetLock.writeLock().unlock();
        }
    }

    private static <T> T onBook(ScheduleBook book, Function<ScheduleBook, T> work) {
        synchronized (book) {
            return work.apply(book);
        }
    }

    private <T> T underSharedLock(Supplier<T> work) {
        resetLock.readLock().lock();
        try {
            return work.get();
        } finally {
            resetLock.readLock().unlock();
        }
    }
}
