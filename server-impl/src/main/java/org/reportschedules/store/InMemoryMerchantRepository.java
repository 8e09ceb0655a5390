package org.reportschedules.store;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.domain.ScheduleIds;

/**
 * Records in memory, one set per merchant. Calls for one merchant take turns on that merchant's records;
 * calls for different merchants run side by side; a reset waits for the calls under way and is seen whole by
 * the next ones, so no acknowledged change lands in records the reset has already thrown away. Each change is
 * written through (to a data directory, when the stub has one) in the merchant's turn, before it returns.
 */
public final class InMemoryMerchantRepository implements MerchantRepository {

    private final ScheduleIds ids;
    private final ConcurrentMap<MerchantId, MerchantRecords> records = new ConcurrentHashMap<>();
    private final ReadWriteLock resetLock = new ReentrantReadWriteLock();
    private final WriteThrough writeThrough;
    private final Supplier<Map<MerchantId, MerchantRecords>> startingRecords;

    public InMemoryMerchantRepository(ScheduleIds ids) {
        this(ids, Map.of(), WriteThrough.NONE);
    }

    /** Starts from records kept by an earlier run, and writes every change through; a reset empties it. */
    public InMemoryMerchantRepository(ScheduleIds ids, Map<MerchantId, MerchantRecords> kept, WriteThrough writeThrough) {
        this(ids, kept, writeThrough, Map::of);
    }

    /**
     * Starts from records kept by an earlier run or, when none were kept, from the starting records (a seed),
     * which are then written through; a reset returns to the starting records, made again.
     */
    public InMemoryMerchantRepository(ScheduleIds ids, Map<MerchantId, MerchantRecords> kept, WriteThrough writeThrough,
                                      Supplier<Map<MerchantId, MerchantRecords>> startingRecords) {
        this.ids = ids;
        this.writeThrough = writeThrough;
        this.startingRecords = startingRecords;
        if (kept.isEmpty()) {
            plantStartingRecords();
        } else {
            this.records.putAll(kept);
        }
    }

    /** A merchant never seen reads as empty records, and is not remembered. */
    @Override
    public <T> T read(MerchantId merchant, Function<MerchantRecords, T> query) {
        return underSharedLock(() -> {
            while (true) {
                MerchantRecords found = records.get(merchant);
                if (found == null) {
                    return query.apply(MerchantRecords.empty(ids));
                }
                synchronized (found) {
                    if (records.get(merchant) == found) {
                        return query.apply(found);
                    }
                } // put back after a write that failed: read what replaced it
            }
        });
    }

    @Override
    public <T> T change(MerchantId merchant, Function<MerchantRecords, T> change) {
        return underSharedLock(() -> {
            while (true) {
                MerchantRecords found = records.computeIfAbsent(merchant, m -> MerchantRecords.empty(ids));
                synchronized (found) {
                    if (records.get(merchant) == found) {
                        return changeAndKeep(merchant, found, change);
                    }
                } // put back after a write that failed: change what replaced it
            }
        });
    }

    /** A live view, not a copy: walking it sees merchants added or forgotten meanwhile, or not, but fails on neither. */
    @Override
    public Set<MerchantId> merchants() {
        return Collections.unmodifiableSet(records.keySet());
    }

    @Override
    public boolean knows(MerchantId merchant) {
        return records.containsKey(merchant);
    }

    /** Forgets every merchant's records, and starts again from the starting records. */
    @Override
    public void reset() {
        resetLock.writeLock().lock();
        try {
            records.clear();
            writeThrough.forgetAll();
            plantStartingRecords();
        } finally {
            resetLock.writeLock().unlock();
        }
    }

    private void plantStartingRecords() {
        startingRecords.get().forEach((merchant, planted) -> {
            records.put(merchant, planted);
            writeThrough.keep(merchant, planted);
        });
    }

    /**
     * Applies the change and keeps the records, also after a refusal thrown half-way: what is kept must be what memory
     * holds. Should keeping fail, the records as they were before the change take these ones' place, so that a
     * client told "not done" finds nothing done.
     */
    private <T> T changeAndKeep(MerchantId merchant, MerchantRecords found, Function<MerchantRecords, T> change) {
        MerchantRecords before = writeThrough == WriteThrough.NONE ? null : found.copy();
        try {
            return change.apply(found);
        } finally {
            try {
                writeThrough.keep(merchant, found);
            } catch (StoreUnavailable notKept) {
                records.put(merchant, before);
                throw notKept;
            }
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
