package org.reportschedules.conformance.pay;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Signs Amazon Pay v2 requests the way the official SDKs do (amazon-pay-api-sdk-java 2.6.7,
 * {@code com.amazon.pay.api.SignatureHelper} and {@code RequestSigner}).
 *
 * <p>Takes the request as it goes on the wire (path and query still percent-encoded) because that is all a
 * server sees; the canonical form is then rebuilt the way the SDK builds it from its unencoded inputs, so
 * a request signed here and one signed by the SDK canonicalize alike. The SDK signs through BouncyCastle;
 * the JDK's own RSASSA-PSS produces signatures the same verifier accepts, so the suite needs no provider.
 */
public final class PaySigner {

    /** The two schemes the SDK knows; they differ only in their label and in the PSS salt length. */
    public enum Algorithm {
        V2("AMZN-PAY-RSASSA-PSS-V2", 32),
        LEGACY("AMZN-PAY-RSASSA-PSS", 20);

        private final String label;
        private final int saltLength;

        Algorithm(String label, int saltLength) {
            this.label = label;
            this.saltLength = saltLength;
        }

        /** The name that opens both the string to sign and the authorization header. */
        public String label() {
            return label;
        }

        public int saltLength() {
            return saltLength;
        }
    }

    // The SDK's own regex: ASCII whitespace only, each character on its own (runs are not squeezed).
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern SLASHES = Pattern.compile("/+");
    private static final HexFormat HEX = HexFormat.of();
    private static final HexFormat HEX_UPPER = HexFormat.of().withUpperCase();

    private final String publicKeyId;
    private final PrivateKey privateKey;
    private final Algorithm algorithm;

    public PaySigner(String publicKeyId, PrivateKey privateKey, Algorithm algorithm) {
        this.publicKeyId = Objects.requireNonNull(publicKeyId, "publicKeyId");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    /**
     * The authorization header value for a request with a text body, hashed as UTF-8 like the SDK does
     * (it always sends UTF-8).
     *
     * @param rawPath  the path as sent, percent-encoded, e.g. {@code /live/v2/report-schedules/}
     * @param rawQuery the query as sent, without {@code ?}; null or empty when there is none
     * @param headers  all request headers, names in any case; the ones the SDK signs are picked out
     * @param body     the body; null or empty when there is none
     */
    public String authorization(String method, String rawPath, String rawQuery, Map<String, String> headers,
                                String body) {
        return authorization(method, rawPath, rawQuery, headers, utf8(body));
    }

    /** As {@link #authorization(String, String, String, Map, String)}, for the exact bytes on the wire. */
    public String authorization(String method, String rawPath, String rawQuery, Map<String, String> headers,
                                byte[] body) {
        String canonicalRequest = canonicalRequest(method, rawPath, rawQuery, headers, body);
        return algorithm.label()
                + " PublicKeyId=" + publicKeyId
                + ", SignedHeaders=" + signedHeaderList(signedHeaders(headers))
                + ", Signature=" + sign(stringToSign(algorithm, canonicalRequest));
    }

    /** See {@link #canonicalRequest(String, String, String, Map, byte[])}; the body is hashed as UTF-8. */
    public static String canonicalRequest(String method, String rawPath, String rawQuery,
                                          Map<String, String> headers, String body) {
        return canonicalRequest(method, rawPath, rawQuery, headers, utf8(body));
    }

    /**
     * Method, canonical path, canonical query, the signed headers one per line, an empty line (the SDK's
     * header block ends with its own newline before the separator), the signed-header list, and the hex
     * SHA-256 of the body.
     */
    public static String canonicalRequest(String method, String rawPath, String rawQuery,
                                          Map<String, String> headers, byte[] body) {
        SortedMap<String, String> signed = signedHeaders(headers);
        return method + '\n'
                + canonicalPath(rawPath) + '\n'
                + canonicalQuery(rawQuery) + '\n'
                + canonicalHeaders(signed) + '\n'
                + signedHeaderList(signed) + '\n'
                + hexSha256(body == null ? new byte[0] : body);
    }

    public static String stringToSign(Algorithm algorithm, String canonicalRequest) {
        return algorithm.label() + '\n' + hexSha256(utf8(canonicalRequest));
    }

    /**
     * The SDK signs accept and content-type (it always sends both, even without a body), its own
     * x-amz-pay-date, -host and -region, and every header its caller adds, which in practice are all
     * x-amz-pay-* (idempotency key, auth token...). user-agent and authorization are added after signing.
     * Names are lower-cased; names and values are trimmed and every inner tab or line break becomes one
     * space, while runs of spaces stay as they are. Sorted with the SDK's comparator, which on lower-case
     * names is plain code-point order; names that repeat are joined with commas.
     */
    static SortedMap<String, String> signedHeaders(Map<String, String> headers) {
        SortedMap<String, String> signed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers == null) {
            return signed;
        }
        headers.forEach((name, value) -> {
            String canonicalName = normalizeWhitespace(name.toLowerCase(Locale.ENGLISH));
            if (isSigned(canonicalName)) {
                signed.merge(canonicalName, normalizeWhitespace(value == null ? "" : value), (a, b) -> a + ',' + b);
            }
        });
        return signed;
    }

    private static boolean isSigned(String lowerCaseName) {
        return lowerCaseName.equals("accept") || lowerCaseName.equals("content-type")
                || lowerCaseName.startsWith("x-amz-pay-");
    }

    private static String normalizeWhitespace(String text) {
        return WHITESPACE.matcher(text.trim()).replaceAll(" ");
    }

    private static String canonicalHeaders(SortedMap<String, String> signed) {
        StringBuilder lines = new StringBuilder();
        signed.forEach((name, value) -> lines.append(name).append(':').append(value).append('\n'));
        return lines.toString();
    }

    private static String signedHeaderList(SortedMap<String, String> signed) {
        return String.join(";", signed.keySet());
    }

    /**
     * The SDK takes {@code URI.getPath()}, i.e. the path already decoded, squeezes repeated slashes and
     * encodes it again, keeping the slashes. So {@code %2F} in a segment is signed as a plain slash, and
     * a lower-case or needless escape is signed in its RFC 3986 form, not as sent.
     */
    static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String squeezed = SLASHES.matcher(decodePath(rawPath)).replaceAll("/");
        String encoded = encode(squeezed, true);
        return encoded.startsWith("/") ? encoded : "/" + encoded;
    }

    // URLDecoder reads '+' as a space, which is right for a query but not for a path.
    private static String decodePath(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /**
     * The SDK encodes the unencoded parameters (key and value, RFC 3986), sorts the keys by their encoded
     * form, the values of a repeated key too, and joins {@code key=value} with {@code &}. It sends the
     * values unencoded, so {@code reportTypes=A,B} on the wire is signed as {@code reportTypes=A%2CB}.
     * The query arrives here encoded, so it is decoded first the way a server reads a query
     * ({@code +} is a space).
     */
    static String canonicalQuery(String rawQuery) {
        SortedMap<String, List<String>> parameters = new TreeMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.computeIfAbsent(encode(decodeQuery(name), false), key -> new ArrayList<>())
                        .add(encode(decodeQuery(value), false));
            }
        }
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, values) -> values.stream().sorted()
                .forEach(value -> query.add(name + '=' + value)));
        return query.toString();
    }

    private static String decodeQuery(String component) {
        return URLDecoder.decode(component, StandardCharsets.UTF_8);
    }

    /** RFC 3986: every UTF-8 byte but the unreserved characters is escaped, with upper-case hex. */
    static String encode(String text, boolean keepSlashes) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : utf8(text)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c) || keepSlashes && c == '/') {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX_UPPER.toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    // Lower-case hex, as the SDK's BouncyCastle Hex.encode writes it.
    private static String hexSha256(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private String sign(String stringToSign) {
        try {
            Signature pss = Signature.getInstance("RSASSA-PSS");
            pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                    algorithm.saltLength(), PSSParameterSpec.TRAILER_FIELD_BC));
            pss.initSign(privateKey);
            pss.update(utf8(stringToSign));
            return Base64.getEncoder().encodeToString(pss.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the key of " + publicKeyId, e);
        }
    }

    private static byte[] utf8(String text) {
        return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }
}
