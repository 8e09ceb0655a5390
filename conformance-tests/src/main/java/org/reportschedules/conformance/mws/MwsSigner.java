package org.reportschedules.conformance.mws;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PrimitiveIterator;
import java.util.StringJoiner;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs MWS requests with Signature Version 2 the way an Amazon client library does.
 *
 * <p>Written apart from the server's signer on purpose: the suite must judge any implementation, and two
 * signers that share no code are unlikely to share a bug, so agreement between them means something.
 * Hence the different technique here: a TreeMap ordered by code point (the same order as UTF-8 bytes)
 * and java.net.URLEncoder patched into RFC 3986.
 */
public final class MwsSigner {

    public static final String DEFAULT_SIGNATURE_METHOD = "HmacSHA256";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final URI baseUri;
    private final String path;
    private final String accessKeyId;
    private final String secretKey;
    private final String signatureMethod;
    private final Clock clock;

    /**
     * @param baseUri         where the target listens, e.g. http://127.0.0.1:41234; a path in it is a prefix
     * @param path            the operation's path under the base, e.g. /Reports/2009-01-01
     * @param signatureMethod any JCA Mac name, so a scenario can also sign with one the target must refuse
     * @param clock           where Timestamp comes from
     */
    public MwsSigner(URI baseUri, String path, String accessKeyId, String secretKey, String signatureMethod,
                     Clock clock) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.path = Objects.requireNonNull(path, "path");
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
        this.signatureMethod = Objects.requireNonNull(signatureMethod, "signatureMethod");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@link #sign(String, Map)} for a POST with a form body, the way MWS clients send. */
    public Map<String, String> sign(Map<String, String> parameters) {
        return sign("POST", parameters);
    }

    /**
     * The parameters in their order, plus SignatureMethod, SignatureVersion, Timestamp and AWSAccessKeyId
     * where the caller did not give them (a given one is kept, so a scenario can sign odd values; a given
     * Expires dates the request instead of Timestamp), plus Signature last, replacing any given one.
     */
    public Map<String, String> sign(String httpMethod, Map<String, String> parameters) {
        Map<String, String> signed = new LinkedHashMap<>(parameters);
        signed.remove("Signature");
        signed.putIfAbsent("AWSAccessKeyId", accessKeyId);
        signed.putIfAbsent("SignatureMethod", signatureMethod);
        signed.putIfAbsent("SignatureVersion", "2");
        if (!signed.containsKey("Expires")) {
            signed.putIfAbsent("Timestamp", timestamp(clock.instant()));
        }
        signed.put("Signature", hmacBase64(stringToSign(httpMethod, signed)));
        return signed;
    }

    /** An instant as the official Java client writes Timestamp: 2009-01-14T20:50:30.218Z. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** What gets signed; exposed to the package so the tests can pin it down. */
    String stringToSign(String httpMethod, Map<String, String> parameters) {
        TreeMap<String, String> canonical = new TreeMap<>(MwsSigner::byCodePoint);
        canonical.putAll(parameters);
        canonical.remove("Signature");
        StringJoiner query = new StringJoiner("&");
        canonical.forEach((name, value) -> query.add(rfc3986(name) + "=" + rfc3986(value)));
        return httpMethod + "\n" + host() + "\n" + requestPath() + "\n" + query;
    }

    private String hmacBase64(String stringToSign) {
        try {
            Mac mac = Mac.getInstance(signatureMethod);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), signatureMethod));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot sign with " + signatureMethod, e);
        }
    }

    // What an HTTP client puts in the Host header, minus the default ports that MWS clients never sign.
    private String host() {
        int port = baseUri.getPort();
        String host = baseUri.getHost().toLowerCase(Locale.ROOT);
        return port == -1 || port == 80 || port == 443 ? host : host + ":" + port;
    }

    private String requestPath() {
        String prefix = baseUri.getRawPath() == null ? "" : baseUri.getRawPath().replaceAll("/+$", "");
        String full = prefix + path;
        return full.isEmpty() ? "/" : full;
    }

    /*
     * URLEncoder is form encoding: space as '+', '*' left alone, '~' encoded. Replacing those three after
     * encoding is safe, because a literal '+', '*' or '~' in the input never survives as itself: '+' is
     * already %2B, and '%' of the input is already %25.
     */
    private static String rfc3986(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    // Code point order equals UTF-8 byte order, which is what the specification asks for.
    private static int byCodePoint(String a, String b) {
        PrimitiveIterator.OfInt left = a.codePoints().iterator();
        PrimitiveIterator.OfInt right = b.codePoints().iterator();
        while (left.hasNext() && right.hasNext()) {
            int difference = Integer.compare(left.nextInt(), right.nextInt());
            if (difference != 0) {
                return difference;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    @Override
    public String toString() {
        // Never the secret: signers end up in scenario logs.
        return "MwsSigner[" + accessKeyId + " " + signatureMethod + " " + baseUri + path + "]";
    }
}
