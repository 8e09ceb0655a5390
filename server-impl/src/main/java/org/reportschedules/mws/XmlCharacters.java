package org.reportschedules.mws;

/**
 * The characters an XML 1.0 document can carry (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]). A value with any other character can be neither stored for an XML answer nor echoed in one.
 */
final class XmlCharacters {

    private XmlCharacters() {
    }

    /** The first character XML cannot carry, or -1 when there is none. */
    static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isLegal(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The text with every character XML cannot carry replaced by U+FFFD. */
    static String sanitize(String text) {
        if (firstIllegal(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(isLegal(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
