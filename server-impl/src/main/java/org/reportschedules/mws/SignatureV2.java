package org.reportschedules.mws;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Amazon MWS / AWS Signature Version 2: the string to sign, the HMAC over it and the comparison. */
public final class SignatureV2 {

    /** The one parameter that is not signed, because it carries the signature. */
    public static final String SIGNATURE = "Signature";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /*
     * Names sort by their UTF-8 bytes, as the specification says. String.compareTo compares UTF-16 units,
     * which puts characters above U+FFFF before U+E000..U+FFFF and would disagree with Amazon's clients.
     */
    private static final Comparator<String> BY_UTF8_BYTES =
            (a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b));

    private SignatureV2() {
    }

    /**
     * @param method     the HTTP method as received (POST for the form body, GET for a query string)
     * @param hostHeader the Host header as received; null or empty signs an empty host
     * @param rawPath    the request path as received, still percent-encoded; empty means "/"
     * @param parameters every request parameter, already URL-decoded; Signature is left out
     */
    public static String stringToSign(String method, String hostHeader, String rawPath,
                                      Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(parameter -> !SIGNATURE.equals(parameter.getKey()))
                .sorted(Map.Entry.comparingByKey(BY_UTF8_BYTES))
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(valueOf(parameter.getValue())))
                .collect(Collectors.joining("&"));
        return method + "\n" + signedHost(hostHeader) + "\n" + signedPath(rawPath) + "\n" + query;
    }

    /** Base64 of the HMAC of the string to sign, keyed with the UTF-8 bytes of the secret key. */
    public static String sign(String stringToSign, String secretKey, SignatureMethod method) {
        return Base64.getEncoder().encodeToString(keyedMac(secretKey, method).doFinal(utf8(stringToSign)));
    }

    private record MacKey(String secretKey, SignatureMethod method) {
    }

    /**
     * Macs already keyed, copied for each signature: Mac.getInstance looks its provider up and init works the key
     * into the HMAC's pads every time, a third of what a signature check cost. The stub verifies with the few keys
     * it was given; beyond {@link #MOST_KEPT_MACS} keys (a client signing with many) a Mac is made each time.
     */
    private static final Map<MacKey, Mac> KEYED_MACS = new ConcurrentHashMap<>();
    private static final int MOST_KEPT_MACS = 64;

    private static Mac keyedMac(String secretKey, SignatureMethod method) {
        MacKey key = new MacKey(secretKey, method);
        Mac keyed = KEYED_MACS.get(key);
        if (keyed == null) {
            if (KEYED_MACS.size() >= MOST_KEPT_MACS) {
                return newMac(secretKey, method);
            }
            keyed = KEYED_MACS.computeIfAbsent(key, kept -> newMac(secretKey, method));
        }
        try {
            return (Mac) keyed.clone(); // the kept one is only ever copied, never used, so threads can share it
        } catch (CloneNotSupportedException notByThisProvider) {
            return newMac(secretKey, method);
        }
    }

    private static Mac newMac(String secretKey, SignatureMethod method) {
        try {
            Mac mac = Mac.getInstance(method.jcaAlgorithm());
            mac.init(new SecretKeySpec(utf8(secretKey), method.jcaAlgorithm()));
            return mac;
        } catch (GeneralSecurityException e) {
            // Every JDK ships both HMACs, so this is a broken runtime, not a bad request.
            throw new IllegalStateException("The JDK cannot compute " + method.jcaAlgorithm(), e);
        }
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    public static boolean matches(String expectedSignature, String actualSignature) {
        if (expectedSignature == null || actualSignature == null) {
            return false;
        }
        return MessageDigest.isEqual(utf8(expectedSignature), utf8(actualSignature));
    }

    /** RFC 3986: unreserved characters as they are, every other UTF-8 byte as upper-case %XX. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : utf8(text)) {
            int unsigned = b & 0xFF;
            if (isUnreserved(unsigned)) {
                encoded.append((char) unsigned);
            } else {
                encoded.append('%').append(HEX[unsigned >> 4]).append(HEX[unsigned & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /** Clients sign the host without the default ports, even when their Host header carries one. */
    private static String signedHost(String hostHeader) {
        String host = hostHeader == null ? "" : hostHeader.toLowerCase(Locale.ROOT);
        if (host.endsWith(":80")) {
            return host.substring(0, host.length() - ":80".length());
        }
        if (host.endsWith(":443")) {
            return host.substring(0, host.length() - ":443".length());
        }
        return host;
    }

    private static String signedPath(String rawPath) {
        return rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    }

    // A form field without '=' decodes to no value; it is signed as "name=".
    private static String valueOf(String value) {
        return value == null ? "" : value;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
