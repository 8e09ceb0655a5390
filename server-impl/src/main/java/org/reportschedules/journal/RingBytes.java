package org.reportschedules.journal;

/**
 * Room for the journal's entries as bytes: fixed chunks, each made when the journal first reaches it and then reused
 * lap after lap. Positions only grow, so the bytes at position p lie where those at {@code p - size()} lay on the lap
 * before, and an entry written at p overwrites exactly the older entries that start before {@code p + length - size()}.
 */
final class RingBytes {

    /**
     * Just under G1's smallest region (1 MB), so that each chunk is a humongous object of one region: allocated in the
     * old generation, never copied by a young collection, whatever the heap.
     */
    static final int CHUNK_BYTES = (1 << 20) - 64;

    private final byte[][] chunks;
    private final int chunkBytes;

    /** Room for {@code bytes} (rounded up to whole chunks) in chunks of {@code chunkBytes} at most. */
    RingBytes(long bytes, int chunkBytes) {
        this.chunkBytes = (int) Math.max(1, Math.min(chunkBytes, bytes));
        this.chunks = new byte[(int) Math.max(1, (bytes + chunkBytes - 1) / chunkBytes)][];
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

    void put(long at, byte[] bytes, int length) {
        System.arraycopy(bytes, 0, chunk(at), offset(at), length);
    }

    /** The chunk holding position {@code at}; read from {@link #offset(long)} on. */
    byte[] chunk(long at) {
        int index = (int) (at / chunkBytes % chunks.length);
        if (chunks[index] == null) {
            chunks[index] = new byte[chunkBytes];
        }
        return chunks[index];
    }

    int offset(long at) {
        return (int) (at % chunkBytes);
    }
}
