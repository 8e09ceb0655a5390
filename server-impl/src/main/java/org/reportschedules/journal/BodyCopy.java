package org.reportschedules.journal;

/**
 * Watches a body go by, keeping its first {@link CutBody#KEPT_BYTES} bytes and counting the rest, so that the
 * journal costs a bounded copy whatever the body's size, and the body is read or written only once.
 */
public final class BodyCopy {

    private final byte[] kept = new byte[CutBody.KEPT_BYTES];
    private int keptLength;
    private long length;

    public void seen(int b) {
        if (keptLength < kept.length) {
            kept[keptLength++] = (byte) b;
        }
        length++;
    }

    public void seen(byte[] bytes, int offset, int count) {
        if (count <= 0) {
            return;
        }
        int copied = Math.min(count, kept.length - keptLength);
        if (copied > 0) {
            System.arraycopy(bytes, offset, kept, keptLength, copied);
            keptLength += copied;
        }
        length += count;
    }

    public CutBody cut() {
        return CutBody.of(kept, keptLength, length);
    }
}
