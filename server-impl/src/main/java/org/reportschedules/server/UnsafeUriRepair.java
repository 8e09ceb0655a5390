package org.reportschedules.server;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.util.Header;
import org.reportschedules.text.EchoedValue;
import org.reportschedules.wire.Dialects;

/**
 * Stands in front of Jersey's Grizzly handler. Jersey turns a request line it cannot parse into a URI
 * (a stray {@code %zz}, an unencoded {@code |} or {@code "}) into a 500 page with a stack trace, before any
 * filter or mapper of ours can answer. This percent-encodes what a URI may not hold; a malformed escape
 * sequence is also marked, so that {@link Dialects} refuses the request in the dialect's own format.
 * Jersey builds its base URI from the Host header the same way, so a Host that is no host (quotes, spaces, a port
 * that is no number) is replaced by the address the request came in on and marked, and so is a request head
 * longer than the stub's limit: both are refused in the dialect's format instead of Grizzly's HTML 500.
 */
final class UnsafeUriRepair extends HttpHandler {

    private static final String SAFE_IN_PATH = "-._~!$&'()*+,;=:@/";
    private static final String SAFE_IN_QUERY = SAFE_IN_PATH + "?";

    /** A registered name or IPv4 address (no percent-escapes), or an IPv6 literal; then an optional port. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._~-]+)(:[0-9]{0,5})?");

    private final HttpHandler jersey;
    private final int maxHeadBytes;

    UnsafeUriRepair(HttpHandler jersey, int maxHeadBytes) {
        this.jersey = jersey;
        this.maxHeadBytes = maxHeadBytes;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        HttpRequestPacket packet = request.getRequest();
        String path = packet.getRequestURI();
        String query = packet.getQueryString();
        Repaired repairedPath = repair(path, SAFE_IN_PATH);
        Repaired repairedQuery = repair(query, SAFE_IN_QUERY);
        if (repairedPath.malformed || repairedQuery.malformed) {
            request.setAttribute(Dialects.MALFORMED_URI, query == null ? path : path + "?" + query);
        }
        if (!repairedPath.text.equals(path)) {
            packet.setRequestURI(repairedPath.text);
        }
        if (query != null && !repairedQuery.text.equals(query)) {
            packet.setQueryString(repairedQuery.text);
        }
        String host = packet.getHeader(Header.Host);
        if (host != null && !HOST.matcher(host).matches()) {
            packet.setHeader(Header.Host, ListenHost.inUrl(request.getLocalAddr()) + ":" + request.getLocalPort());
            request.setAttribute(Dialects.MALFORMED_HEAD, "The Host header is not a host and port: " + EchoedValue.of(host));
        } else if (headBytes(packet) > maxHeadBytes) {
            request.setAttribute(Dialects.MALFORMED_HEAD, "The request line and headers are longer than " + maxHeadBytes
                    + " bytes, the most this stub reads.");
        }
        jersey.service(request, response);
    }

    /** About the size of the head as sent: request line and header lines. */
    private static long headBytes(HttpRequestPacket packet) {
        long bytes = packet.getRequestURI().length() + (packet.getQueryString() == null ? 0 : packet.getQueryString().length()) + 16;
        // The lengths as Grizzly holds them: no String made of each header only to be measured.
        MimeHeaders headers = packet.getHeaders();
        for (int i = 0; i < headers.size(); i++) {
            bytes += headers.getName(i).getLength() + headers.getValue(i).getLength() + 4;
        }
        return bytes;
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }

    private record Repaired(String text, boolean malformed) {
    }

    /** Grizzly hands the request line over as ISO-8859-1, one char per byte. */
    private static Repaired repair(String raw, String safe) {
        if (raw == null) {
            return new Repaired("", false);
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean malformed = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                boolean escape = isHex(raw, i + 1) && isHex(raw, i + 2);
                malformed |= !escape;
                out.append(escape ? "%" : "%25");
            } else if (isAsciiLetterOrDigit(c) || safe.indexOf(c) >= 0) {
                out.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(c <= 0xFF ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
        }
        return new Repaired(out.toString(), malformed);
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
