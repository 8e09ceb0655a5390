package org.reportschedules.wire;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.core.MediaType;

/** Whether a header that names media types can be read at all; each dialect refuses one that cannot in its own form. */
public final class HeaderShapes {

    private HeaderShapes() {
    }

    /** A content-type: absent, or one media type with a type and a subtype. */
    public static boolean isMediaTypeOrAbsent(String contentType) {
        return contentType == null || isMediaType(contentType);
    }

    /** An accept header: absent, blank, or a comma-separated list of media types. */
    public static boolean isMediaTypeListOrAbsent(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String part : accept.split(",")) {
            if (!isMediaType(part.trim())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Answers for header values already read: clients send the same few again and again, and reading one through
     * JAX-RS (its runtime delegate, then the parser) was 2% of a create + cancel cycle. Bounded, and short values only, so
     * a client sending a new long value each time cannot grow it.
     */
    private static final Map<String, Boolean> READ = new ConcurrentHashMap<>();
    private static final int MOST_REMEMBERED = 256;
    private static final int LONGEST_REMEMBERED = 200;

    private static boolean isMediaType(String value) {
        Boolean known = READ.get(value);
        if (known != null) {
            return known;
        }
        boolean readable = parses(value);
        if (value.length() <= LONGEST_REMEMBERED && READ.size() < MOST_REMEMBERED) {
            READ.put(value, readable);
        }
        return readable;
    }

    private static boolean parses(String value) {
        try {
            MediaType type = MediaType.valueOf(value);
            return !type.getType().isEmpty() && !type.getSubtype().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
