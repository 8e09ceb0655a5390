package org.reportschedules.journal;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The last answered requests, at most {@code capacity} of them (the oldest dropped first); none at all with a
 * capacity of 0. Entries are kept as bytes ({@link EntryBytes}) in a ring of long-lived chunks ({@link RingBytes})
 * of {@link #BYTES_PER_ENTRY} per entry of capacity: when entries are larger than that on average, fewer are kept.
 *
 * <p>One lock guards the ring: recording copies bytes made before it is taken, and a listing reads the few fields a
 * filter needs of at most the capacity, then makes its entries after the lock is let go. So the request path never
 * waits for more than another request's copy or one listing's walk.
 */
public final class RequestJournal {

    /** The default of {@code --journal-size}: a long test run's worth. */
    public static final int DEFAULT_CAPACITY = 5000;

    /**
     * The ring's room per entry of capacity: the two bodies at their cut (kept as the bytes seen). A GET's entry takes
     * about 2 KB, so the capacity, not the room, is what bounds a journal in practice; 5000 entries take at most about
     * 40 MB (rounded up to whole chunks).
     */
    public static final int BYTES_PER_ENTRY = 2 * CutBody.KEPT_BYTES;

    /** A page of entries, newest first, and the id to pass back for the next (older) page, when there is one. */
    public record Page(List<JournalEntry> entries, OptionalLong nextBefore) {
    }

    /** An entry's bytes copied out of the ring, to be read once the lock is let go. */
    private record Copied(long id, Instant time, byte[] bytes) {
        JournalEntry entry() {
            return EntryBytes.read(id, time, bytes, 0);
        }
    }

    private final int capacity;
    private final RingBytes ring;
    // Slot by slot, oldest first from `oldest`: what each kept entry is and where its bytes lie.
    private final long[] ids;
    private final long[] seconds;
    private final int[] nanos;
    private final long[] starts;
    private final int[] lengths;
    private final byte[][] apart; // an entry too long for one chunk of the ring (a capacity of a few entries)
    private int oldest;
    private int size;
    private long lastId;
    private long end;

    public RequestJournal(int capacity) {
        this(capacity, BYTES_PER_ENTRY, RingBytes.CHUNK_BYTES);
    }

    /** A journal with other room per entry and chunks, so that tests can fill many chunks with a few entries. */
    RequestJournal(int capacity, int bytesPerEntry, int chunkBytes) {
        if (capacity < 0) {
            throw new IllegalArgumentException("The journal size must be 0 (no journal) or more, not " + capacity);
        }
        this.capacity = capacity;
        this.ring = new RingBytes((long) capacity * bytesPerEntry, chunkBytes);
        this.ids = new long[capacity];
        this.seconds = new long[capacity];
        this.nanos = new int[capacity];
        this.starts = new long[capacity];
        this.lengths = new int[capacity];
        this.apart = new byte[capacity][];
    }

    public boolean isOn() {
        return capacity > 0;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Records the entry under the next id, dated by {@code clock} as the journal takes it in (under its lock, so a
     * later id never carries an earlier time); the entry's own id and time are not read. Does nothing when the
     * journal is off.
     */
    public void record(JournalEntry entry, InstantSource clock) {
        if (!isOn()) {
            return;
        }
        EntryBytes.Written written = EntryBytes.write(entry);
        synchronized (this) {
            keep(++lastId, clock.instant(), written.bytes(), written.length());
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
    public Page newestFirst(JournalFilter filter, OptionalLong before, int limit) {
        List<Copied> found = new ArrayList<>();
        OptionalLong nextBefore = OptionalLong.empty();
        synchronized (this) {
            for (int i = size - 1; i >= 0; i--) {
                int slot = slot(i);
                if (before.isPresent() && ids[slot] >= before.getAsLong() || !matches(filter, slot)) {
                    continue;
                }
                if (found.size() == limit) {
                    nextBefore = OptionalLong.of(found.get(found.size() - 1).id());
                    break;
                }
                found.add(copied(slot));
            }
        }
        return new Page(found.stream().map(Copied::entry).toList(), nextBefore);
    }

    public synchronized long count(JournalFilter filter) {
        long count = 0;
        for (int i = 0; i < size; i++) {
            if (matches(filter, slot(i))) {
                count++;
            }
        }
        return count;
    }

    /**
     * Forgets the matching entries, keeping the others in their order; ids are not reused. The kept entries' bytes
     * stay where they are: only the slots that say where they lie close up.
     */
    public synchronized void forget(JournalFilter filter) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int from = slot(i);
            if (matches(filter, from)) {
                apart[from] = null;
                continue;
            }
            int to = slot(kept++);
            if (to != from) {
                ids[to] = ids[from];
                seconds[to] = seconds[from];
                nanos[to] = nanos[from];
                starts[to] = starts[from];
                lengths[to] = lengths[from];
                apart[to] = apart[from];
                apart[from] = null;
            }
        }
        size = kept;
        ring.release(size > 0 ? starts[oldest] : end);
    }

    /** Everything, as the admin reset asks. */
    public void clear() {
        forget(JournalFilter.ALL);
    }

    private void keep(long id, Instant time, byte[] bytes, int length) {
        if (size == capacity) {
            dropOldest();
        }
        long start = end;
        boolean inRing = ring.holds(length);
        if (inRing) {
            start = ring.placeFor(end, length);
            while (size > 0 && starts[oldest] < start + length - ring.size()) {
                dropOldest();
            }
            ring.release(size > 0 ? starts[oldest] : start);
            ring.put(start, bytes, length);
            end = start + length;
        }
        int slot = slot(size++);
        ids[slot] = id;
        seconds[slot] = time.getEpochSecond();
        nanos[slot] = time.getNano();
        starts[slot] = start;
        lengths[slot] = length;
        apart[slot] = inRing ? null : Arrays.copyOf(bytes, length);
    }

    /** How many of the ring's chunks the journal holds now (for tests: it takes what its entries take). */
    int chunksHeld() {
        return ring.chunksHeld();
    }

    private void dropOldest() {
        apart[oldest] = null;
        oldest = (oldest + 1) % capacity;
        size--;
    }

    private int slot(int fromOldest) {
        return (oldest + fromOldest) % capacity;
    }

    private Instant time(int slot) {
        return Instant.ofEpochSecond(seconds[slot], nanos[slot]);
    }

    private boolean matches(JournalFilter filter, int slot) {
        if (filter.matchesEverything()) {
            return true;
        }
        EntryBytes.Head head = apart[slot] != null ? EntryBytes.head(apart[slot], 0)
                : EntryBytes.head(ring.chunk(starts[slot]), ring.offset(starts[slot]));
        return filter.matches(head.merchant(), head.operation(), head.status(), time(slot));
    }

    private Copied copied(int slot) {
        byte[] bytes = apart[slot] != null ? apart[slot]
                : Arrays.copyOfRange(ring.chunk(starts[slot]), ring.offset(starts[slot]), ring.offset(starts[slot]) + lengths[slot]);
        return new Copied(ids[slot], time(slot), bytes);
    }
}
