package org.reportschedules.journal;

import java.util.ArrayDeque;

/**
 * Room for the journal's entries as bytes: fixed chunks, laid out lap after lap. Positions only grow, so the bytes at
 * position p lie where those at {@code p - size()} lay on the lap before, and an entry written at p overwrites exactly
 * the older entries that start before {@code p + length - size()}. A chunk is held only while it holds kept bytes:
 * the journal {@link #release releases} those its oldest entry has passed, and a chunk is made (or a released one
 * reused) when the writing reaches it, so the journal takes what its entries take, not its whole room.
 */
final class RingBytes {

    /**
     * Just under G1's smallest region (1 MB), so that each chunk is a humongous object of one region: allocated in the
     * old generation, never copied by a young collection, whatever the heap.
     */
    static final int CHUNK_BYTES = (1 << 20) - 64;

    /** Released chunks kept for the writing to reuse: as many as a lap of small entries needs, without churn. */
    private static final int SPARE_CHUNKS = 2;

    private final byte[][] chunks; // by chunk number modulo their count; null where nothing kept lies
    private final int chunkBytes;
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>(SPARE_CHUNKS);
    private long firstHeld; // the lowest chunk number that may still be held
    private long lastWritten; // the highest chunk number written to

    /** Room for {@code bytes} (rounded up to whole chunks) in chunks of {@code chunkBytes} at most. */
    RingBytes(long bytes, int chunkBytes) {
        this.chunkBytes = (int) Math.max(1, Math.min(chunkBytes, bytes));
        this.chunks = new byte[(int) Math.max(1, (bytes + this.chunkBytes - 1) / this.chunkBytes)][];
    }

    long size() {
        return (long) chunks.length * chunkBytes;
    }

    /** Whether {@code length} bytes can be kept in the ring: an entry never spans two chunks. */
    boolean holds(int length) {
        return length <= chunkBytes;
    }

    /** The first position at or after {@code from} where {@code length} bytes lie within one chunk. */
    long placeFor(long from, int length) {
        long left = chunkBytes - from % chunkBytes;
        return length <= left ? from : from + left;
    }

    /** Writes the bytes at {@code at}, taking a chunk (a spare one, or a new one) when the writing first reaches it. */
    void put(long at, byte[] bytes, int length) {
        int index = index(at);
        if (chunks[index] == null) {
            byte[] reused = spare.poll();
            chunks[index] = reused != null ? reused : new byte[chunkBytes];
        }
        System.arraycopy(bytes, 0, chunks[index], offset(at), length);
        lastWritten = Math.max(lastWritten, at / chunkBytes);
    }

    /** The chunk holding a kept entry's position {@code at}; read from {@link #offset(long)} on. */
    byte[] chunk(long at) {
        return chunks[index(at)];
    }

    private int index(long at) {
        return (int) (at / chunkBytes % chunks.length);
    }

    int offset(long at) {
        return (int) (at % chunkBytes);
    }

    /**
     * Lets go of the chunks wholly before position {@code kept}: no kept entry starts before it. A chunk whose place
     * a later lap has written to already is that lap's now (the older entries there were behind its new bytes), so it
     * stays.
     */
    void release(long kept) {
        for (long last = kept / chunkBytes; firstHeld < last; firstHeld++) {
            int index = (int) (firstHeld % chunks.length);
            if (firstHeld + chunks.length <= lastWritten) {
                continue;
            }
            if (chunks[index] != null && spare.size() < SPARE_CHUNKS) {
                spare.push(chunks[index]);
            }
            chunks[index] = null;
        }
    }

    /** How many chunks are held now, spare ones included: what the journal's bytes take. */
    int chunksHeld() {
        int held = spare.size();
        for (byte[] chunk : chunks) {
            held += chunk != null ? 1 : 0;
        }
        return held;
    }
}
