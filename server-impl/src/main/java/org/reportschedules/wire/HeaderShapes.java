package org.reportschedules.wire;

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

    private static boolean isMediaType(String value) {
        try {
            MediaType type = MediaType.valueOf(value);
            return !type.getType().isEmpty() && !type.getSubtype().isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
