package org.reportschedules.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journal entry written as bytes, and read back, without its id and time (the journal keeps those beside it).
 * The fields a filter reads (status, merchant, operation) come first, so that a count or a listing reads only them
 * for the entries it passes over.
 *
 * <p>Why bytes at all: kept as objects, the last few thousand entries (their maps, lists and strings) were copied by
 * every young collection, as a busy stub replaces them within a second; that copying was most of a GET's p99. Kept as
 * bytes in a few long-lived arrays, they are never copied. Text is written a char at a time as DataOutput's modified
 * UTF-8 does (1 to 3 bytes each), so any String comes back exactly, unpaired surrogates included; a body that kept
 * the bytes it was seen as is written as those bytes, so the request's path never decodes an answer.
 */
final class EntryBytes {

    private static final RefusalCategory[] CATEGORIES = RefusalCategory.values();

    private EntryBytes() {
    }

    /** What a filter looks at, read from the start of an entry's bytes. */
    record Head(int status, Optional<String> merchant, Optional<String> operation) {
    }

    /** An entry's bytes, made on the request's thread before the journal's lock is taken. */
    static final class Written {
        private byte[] bytes = new byte[4096];
        private int length;

        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
            }
        }

        private void put(int b) {
            room(1);
            bytes[length++] = (byte) b;
        }

        private void number(long value) {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                put((int) (rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            put((int) rest);
        }

        private void text(String text) {
            int chars = text.length();
            number(chars);
            room(chars * 3);
            byte[] out = bytes;
            int at = length;
            for (int i = 0; i < chars; i++) {
                char c = text.charAt(i);
                if (c >= 0x01 && c <= 0x7F) {
                    out[at++] = (byte) c;
                } else if (c <= 0x7FF) {
                    out[at++] = (byte) (0xC0 | (c >> 6));
                    out[at++] = (byte) (0x80 | (c & 0x3F));
                } else {
                    out[at++] = (byte) (0xE0 | (c >> 12));
                    out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    out[at++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            length = at;
        }

        private void maybe(Optional<String> text) {
            put(text.isPresent() ? 1 : 0);
            text.ifPresent(this::text);
        }

        /** The bytes a body was seen as, when it keeps them (not decoded on the request's path), else its text. */
        private void body(CutBody body) {
            Optional<byte[]> seen = body.bytes();
            put(seen.isPresent() ? 1 : 0);
            if (seen.isPresent()) {
                byte[] utf8 = seen.get();
                number(utf8.length);
                room(utf8.length);
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
            } else {
                text(body.text());
            }
            put(body.truncated() ? 1 : 0);
            number(body.length());
        }
    }

    static Written write(JournalEntry entry) {
        Written out = new Written();
        out.number(entry.status());
        out.maybe(entry.merchant());
        out.maybe(entry.operation());
        out.text(entry.requestId());
        out.text(entry.method());
        out.text(entry.path());
        out.text(entry.dialect());
        out.number(entry.headers().size());
        entry.headers().forEach((name, values) -> {
            out.text(name);
            out.number(values.size());
            values.forEach(out::text);
        });
        out.body(entry.body());
        out.body(entry.responseBody());
        out.put(entry.refusal().isPresent() ? 1 : 0);
        entry.refusal().ifPresent(refusal -> {
            out.number(refusal.category().ordinal());
            out.maybe(refusal.code());
        });
        return out;
    }

    static Head head(byte[] bytes, int offset) {
        Reader in = new Reader(bytes, offset);
        return new Head((int) in.number(), in.maybe(), in.maybe());
    }

    static JournalEntry read(long id, Instant time, byte[] bytes, int offset) {
        Reader in = new Reader(bytes, offset);
        int status = (int) in.number();
        Optional<String> merchant = in.maybe();
        Optional<String> operation = in.maybe();
        String requestId = in.text();
        String method = in.text();
        String path = in.text();
        String dialect = in.text();
        int names = (int) in.number();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int n = 0; n < names; n++) {
            String name = in.text();
            int count = (int) in.number();
            List<String> values = new ArrayList<>(count);
            for (int v = 0; v < count; v++) {
                values.add(in.text());
            }
            headers.put(name, List.copyOf(values));
        }
        CutBody body = in.body();
        CutBody responseBody = in.body();
        Optional<Refusal> refusal = in.flag()
                ? Optional.of(new Refusal(CATEGORIES[(int) in.number()], in.maybe()))
                : Optional.empty();
        return new JournalEntry(id, requestId, time, method, path, headers, body, dialect, merchant, operation, status,
                responseBody, refusal);
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes, int offset) {
            this.bytes = bytes;
            this.at = offset;
        }

        boolean flag() {
            return bytes[at++] != 0;
        }

        long number() {
            long value = 0;
            int shift = 0;
            int b;
            do {
                b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return value;
        }

        String text() {
            int chars = (int) number();
            char[] out = new char[chars];
            for (int i = 0; i < chars; i++) {
                int b = bytes[at++] & 0xFF;
                if (b < 0x80) {
                    out[i] = (char) b;
                } else if (b < 0xE0) {
                    out[i] = (char) (((b & 0x1F) << 6) | (bytes[at++] & 0x3F));
                } else {
                    out[i] = (char) (((b & 0x0F) << 12) | ((bytes[at++] & 0x3F) << 6) | (bytes[at++] & 0x3F));
                }
            }
            return new String(out);
        }

        Optional<String> maybe() {
            return flag() ? Optional.of(text()) : Optional.empty();
        }

        CutBody body() {
            if (flag()) {
                int count = (int) number();
                byte[] utf8 = Arrays.copyOfRange(bytes, at, at + count);
                at += count;
                boolean truncated = flag();
                return CutBody.ofKept(utf8, truncated, number());
            }
            String text = text();
            boolean truncated = flag();
            return new CutBody(text, truncated, number());
        }
    }
}
