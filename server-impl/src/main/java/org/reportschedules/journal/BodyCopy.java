package org.reportschedules.journal;

import java.util.Arrays;

/**
 * Watches a body go by, keeping its first {@link CutBody#KEPT_BYTES} bytes and counting the rest, so that the
 * journal costs a bounded copy whatever the body's size, and the body is read or written only once.
 */
public final class BodyCopy {

    private static final byte[] NOTHING = {};

    // Grown as bytes come, up to KEPT_BYTES: most bodies are a few hundred bytes or none (a GET's request), and a
    // fixed 4 KB for the request and another for the answer were allocated for every request.
    private byte[] kept = NOTHING;
    private int keptLength;
    private long length;

    public void seen(int b) {
        if (keptLength < CutBody.KEPT_BYTES) {
            room(1);
            kept[keptLength++] = (byte) b;
        }
        length++;
    }

    public void seen(byte[] bytes, int offset, int count) {
        if (count <= 0) {
            return;
        }
        int copied = Math.min(count, CutBody.KEPT_BYTES - keptLength);
        if (copied > 0) {
            room(copied);
            System.arraycopy(bytes, offset, kept, keptLength, copied);
            keptLength += copied;
        }
        length += count;
    }

    private void room(int more) {
        int needed = keptLength + more;
        if (needed > kept.length) {
            kept = Arrays.copyOf(kept, Math.min(CutBody.KEPT_BYTES, Math.max(needed, kept.length * 2)));
        }
    }

    public CutBody cut() {
        return CutBody.of(kept, keptLength, length);
    }
}
