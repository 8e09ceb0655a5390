package org.reportschedules.journal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A body as the journal keeps it: its first {@link #KEPT_BYTES} bytes read as UTF-8 (a character cut in two, or
 * bytes that are no UTF-8, read as U+FFFD), whether more was sent, and the whole length.
 *
 * <p>A body made from the bytes seen keeps them and reads them as text only when asked: the journal stores the bytes
 * themselves, so an answer nobody lists is never decoded. Two bodies are equal when their text, truncation and length
 * are.
 */
public final class CutBody {

    /** What the journal keeps of each body, request and response alike; a bound on its memory per entry. */
    public static final int KEPT_BYTES = 4096;

    public static final CutBody NONE = new CutBody("", false, 0);

    private final byte[] utf8; // the bytes seen, when the text is theirs; null for a text given as such
    private String text; // read from utf8 on first use; two threads reading it at once make the same String
    private final boolean truncated;
    private final long length;

    public CutBody(String text, boolean truncated, long length) {
        this(null, Objects.requireNonNull(text, "text"), truncated, length);
    }

    private CutBody(byte[] utf8, String text, boolean truncated, long length) {
        this.utf8 = utf8;
        this.text = text;
        this.truncated = truncated;
        this.length = length;
    }

    /** @param kept the first bytes seen, at most {@link #KEPT_BYTES} of them; @param length every byte seen */
    public static CutBody of(byte[] kept, int keptLength, long length) {
        if (length == 0) {
            return NONE;
        }
        int used = Math.min(keptLength, KEPT_BYTES);
        return new CutBody(used == kept.length ? kept : Arrays.copyOf(kept, used), null, length > used, length);
    }

    public String text() {
        if (text == null) {
            // The String constructor replaces what is no UTF-8 with U+FFFD, as a replacing decoder does, without making one.
            text = new String(utf8, StandardCharsets.UTF_8);
        }
        return text;
    }

    public boolean truncated() {
        return truncated;
    }

    public long length() {
        return length;
    }

    /** The same body with its text masked (an MWS form's Signature), length and truncation as they were. */
    public CutBody withText(String masked) {
        return masked.equals(text()) ? this : new CutBody(masked, truncated, length);
    }

    /** The bytes the text is read from, when the body was made from them; not to be changed. */
    Optional<byte[]> bytes() {
        return Optional.ofNullable(utf8);
    }

    /** A body whose text is read from these bytes, as {@link #of} makes it; the array is kept, not copied. */
    static CutBody ofKept(byte[] utf8, boolean truncated, long length) {
        return new CutBody(utf8, null, truncated, length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CutBody body && truncated == body.truncated && length == body.length && text().equals(body.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), truncated, length);
    }

    @Override
    public String toString() {
        return "CutBody[text=" + text() + ", truncated=" + truncated + ", length=" + length + "]";
    }
}
