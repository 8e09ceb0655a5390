package org.reportschedules.journal;

import java.nio.charset.StandardCharsets;

/**
 * A body as the journal keeps it: its first {@link #KEPT_BYTES} bytes read as UTF-8 (a character cut in two, or
 * bytes that are no UTF-8, read as U+FFFD), whether more was sent, and the whole length.
 */
public record CutBody(String text, boolean truncated, long length) {

    /** What the journal keeps of each body, request and response alike; a bound on its memory per entry. */
    public static final int KEPT_BYTES = 4096;

    public static final CutBody NONE = new CutBody("", false, 0);

    /** @param kept the first bytes seen, at most {@link #KEPT_BYTES} of them; @param length every byte seen */
    public static CutBody of(byte[] kept, int keptLength, long length) {
        if (length == 0) {
            return NONE;
        }
        int used = Math.min(keptLength, KEPT_BYTES);
        // The String constructor replaces what is no UTF-8 with U+FFFD, as a replacing decoder does, without making one.
        return new CutBody(new String(kept, 0, used, StandardCharsets.UTF_8), length > used, length);
    }

    /** The same body with its text masked (an MWS form's Signature), length and truncation as they were. */
    public CutBody withText(String masked) {
        return new CutBody(masked, truncated, length);
    }
}
