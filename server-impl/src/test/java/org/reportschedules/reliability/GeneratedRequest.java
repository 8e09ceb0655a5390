package org.reportschedules.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request the generator made: what jqwik prints, shrunk, when a property fails. The body is shown cut, and
 * characters no terminal shows are shown escaped.
 */
record GeneratedRequest(String method, String target, Map<String, String> headers, String body) {

    @Override
    public String toString() {
        String shownBody = body == null ? "(none)" : body.length() > 300 ? body.substring(0, 300) + "...(" + body.length() + " chars)" : body;
        return method + " " + visible(target) + " " + visible(headers.toString()) + " body=" + visible(shownBody);
    }

    /** The request line and headers as sent, in UTF-8 bytes (an upper bound for what the parser counts). */
    int headBytes() {
        int size = (method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.UTF_8).length;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            size += (header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
