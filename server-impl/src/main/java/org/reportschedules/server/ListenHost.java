package org.reportschedules.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.reportschedules.text.EchoedValue;

/**
 * The interface the stub listens on: an IP literal (IPv4, or IPv6 with or without brackets) or a name that
 * resolves. Checked before anything starts, because Grizzly reads an unusable host as "every interface, port 80".
 */
final class ListenHost {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern LOOKS_NUMERIC = Pattern.compile("[\\d.]+");

    private ListenHost() {
    }

    /** The host to bind, brackets removed from an IPv6 literal; refuses anything unusable with one sentence. */
    static String checked(String host) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must name an interface (127.0.0.1, ::1, 0.0.0.0, localhost), not an empty value");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.equals(bare.strip()) || bare.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '[' || c == ']')) {
            throw new IllegalArgumentException("--host " + EchoedValue.of(host) + " is not a host name or IP address");
        }
        if (LOOKS_NUMERIC.matcher(bare).matches() && !isIpv4Literal(bare)) {
            throw new IllegalArgumentException("--host " + EchoedValue.of(host) + " is not an IPv4 address (four numbers from 0 to 255)");
        }
        try {
            InetAddress.getByName(bare);
        } catch (UnknownHostException | SecurityException e) {
            throw new IllegalArgumentException("--host " + EchoedValue.of(host) + " is neither an IP address nor a name that resolves");
        }
        return bare;
    }

    /** The host as a URL writes it: an IPv6 literal in brackets (http://[::1]:8080). */
    static String inUrl(String host) {
        return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean isIpv4Literal(String text) {
        if (!IPV4_LITERAL.matcher(text).matches()) {
            return false;
        }
        for (String part : text.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
