package org.reportschedules.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * The last answered requests, at most {@code capacity} of them (the oldest dropped first); none at all with a
 * capacity of 0. One lock guards the ring: recording is an array store under it, and a listing walks at most
 * the capacity, so the request path never waits for more than another request's store or one listing.
 */
public final class RequestJournal {

    /** The default of {@code --journal-size}: a long test run's worth, at most about 40 MB with both bodies at their cut. */
    public static final int DEFAULT_CAPACITY = 5000;

    /** A page of entries, newest first, and the id to pass back for the next (older) page, when there is one. */
    public record Page(List<JournalEntry> entries, OptionalLong nextBefore) {
    }

    private final JournalEntry[] ring;
    private int oldest;
    private int size;
    private long lastId;

    public RequestJournal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("The journal size must be 0 (no journal) or more, not " + capacity);
        }
        this.ring = new JournalEntry[capacity];
    }

    public boolean isOn() {
        return ring.length > 0;
    }

    public int capacity() {
        return ring.length;
    }

    /** Records the entry made for the next id; does nothing (and makes nothing) when the journal is off. */
    public void record(LongFunction<JournalEntry> entryWithId) {
        if (!isOn()) {
            return;
        }
        synchronized (this) {
            JournalEntry entry = entryWithId.apply(++lastId);
            if (size < ring.length) {
                ring[(oldest + size++) % ring.length] = entry;
            } else {
                ring[oldest] = entry;
                oldest = (oldest + 1) % ring.length;
            }
        }
    }

    /** The id of the newest entry made so far (0 before the first), whether or not it is still kept. */
    public synchronized long lastId() {
        return lastId;
    }

    /**
     * Up to {@code limit} matching entries, newest first, among those with an id below {@code before} (all when
     * empty).
     */
    public synchronized Page newestFirst(JournalFilter filter, OptionalLong before, int limit) {
        List<JournalEntry> found = new ArrayList<>(Math.min(limit, size));
        for (int i = size - 1; i >= 0; i--) {
            JournalEntry entry = ring[(oldest + i) % ring.length];
            if (before.isPresent() && entry.id() >= before.getAsLong() || !filter.matches(entry)) {
                continue;
            }
            if (found.size() == limit) {
                return new Page(found, OptionalLong.of(found.get(found.size() - 1).id()));
            }
            found.add(entry);
        }
        return new Page(found, OptionalLong.empty());
    }

    public synchronized long count(JournalFilter filter) {
        long count = 0;
        for (int i = 0; i < size; i++) {
            if (filter.matches(ring[(oldest + i) % ring.length])) {
                count++;
            }
        }
        return count;
    }

    /** Forgets the matching entries, keeping the others in their order; ids are not reused. */
    public synchronized void forget(JournalFilter filter) {
        List<JournalEntry> kept = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            JournalEntry entry = ring[(oldest + i) % ring.length];
            if (!filter.matches(entry)) {
                kept.add(entry);
            }
        }
        java.util.Arrays.fill(ring, null);
        for (int i = 0; i < kept.size(); i++) {
            ring[i] = kept.get(i);
        }
        oldest = 0;
        size = kept.size();
    }

    /** Everything, as the admin reset asks. */
    public void clear() {
        forget(JournalFilter.ALL);
    }
}
