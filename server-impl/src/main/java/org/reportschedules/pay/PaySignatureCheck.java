package org.reportschedules.pay;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.reportschedules.text.EchoedValue;

/**
 * Checks the authorization header of an Amazon Pay v2 request the way Amazon does, under the configured mode:
 * rebuilds the canonical request from what arrived (method, path as sent, query, the headers named in
 * SignedHeaders, the body's SHA-256), hashes it into the string to sign and verifies the RSASSA-PSS signature
 * (SHA-256, MGF1-SHA-256; salt 32 for AMZN-PAY-RSASSA-PSS-V2, 20 for AMZN-PAY-RSASSA-PSS) with the public key
 * registered under the header's PublicKeyId. Refusals are {@link PayRequestRejected} with Amazon's reason codes.
 *
 * @param mode          off, verify-known or strict
 * @param keys          the public keys registered at the moment of each request
 * @param clock         the stub's clock, against which x-amz-pay-date is judged
 * @param dateTolerance how far ahead of the clock x-amz-pay-date may be
 */
public record PaySignatureCheck(PaySignatureMode mode, PayKeyring keys, Clock clock, Duration dateTolerance) {

    /** How far in the future x-amz-pay-date may be before the request is refused (clocks drift). */
    public static final Duration DEFAULT_DATE_TOLERANCE = Duration.ofMinutes(5);

    private static final String DATE_HEADER = "x-amz-pay-date";
    private static final Pattern ANY_WHITESPACE_CHAR = Pattern.compile("\\s");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT);

    public PaySignatureCheck {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dateTolerance, "dateTolerance");
    }

    private static byte[] bytesOf(byte[] body) {
        return body == null ? new byte[0] : body;
    }

    /** The schemes a client may sign with; they differ in their name and PSS salt length. */
    enum Scheme {
        V2("AMZN-PAY-RSASSA-PSS-V2", 32),
        LEGACY("AMZN-PAY-RSASSA-PSS", 20);

        final String label;
        final int salt;

        Scheme(String label, int salt) {
            this.label = label;
            this.salt = salt;
        }

        static Optional<Scheme> named(String label) {
            for (Scheme scheme : values()) {
                if (scheme.label.equals(label)) {
                    return Optional.of(scheme);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Accepts the request or throws {@link PayRequestRejected}.
     *
     * @param method   the HTTP method
     * @param rawPath  the path as received, still percent-encoded and with its /live or /sandbox prefix
     * @param rawQuery the query as received, without '?', or null
     * @param headers  every request header (names in any case; one list entry per header line)
     * @param body     the body bytes as received (empty when none)
     */
    public void check(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        check(method, rawPath, rawQuery, headers, () -> body);
    }

    /**
     * As {@link #check(String, String, String, Map, byte[])}, reading the body only when a signature is actually
     * verified: an unsigned request, or one with a key nobody registered, costs nothing in verify-known mode.
     */
    public void check(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, Supplier<byte[]> body) {
        Map<String, List<String>> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> received.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        // The header's shape is checked in every mode, off included: the merchant is read from it.
        Optional<PayAuthorization> authorization = PayAuthorization.of(received.get("authorization"));
        if (mode == PaySignatureMode.OFF) {
            return;
        }
        if (authorization.isEmpty()) {
            if (mode == PaySignatureMode.STRICT) {
                throw refusal(PayReasonCode.MissingHeader, "The authorization header is missing; every request must be signed.");
            }
            return;
        }
        PayAuthorization parts = authorization.get();
        Optional<PublicKey> key = keys.key(parts.publicKeyId());
        if (key.isEmpty() && mode == PaySignatureMode.VERIFY_KNOWN) {
            return; // not ours to verify
        }
        Scheme scheme = Scheme.named(parts.scheme()).orElseThrow();
        if (key.isEmpty()) {
            throw refusal(PayReasonCode.InvalidAuthentication, "The public key " + parts.publicKeyId() + " is not registered.");
        }
        checkDate(first(received, DATE_HEADER));
        List<String> signedNames = List.of(parts.signedHeaders().toLowerCase(Locale.ROOT).split(";"));
        StringBuilder headerLines = new StringBuilder();
        for (String name : signedNames) {
            List<String> values = received.get(name);
            if (values == null || values.isEmpty()) {
                throw refusal(PayReasonCode.MissingHeader, "The signed header " + name + " is missing.");
            }
            headerLines.append(name).append(':').append(canonicalHeaderValue(values)).append('\n');
        }
        String canonicalRequest = method + '\n'
                + canonicalPath(rawPath) + '\n'
                + canonicalQuery(rawQuery) + '\n'
                + headerLines + '\n'
                + String.join(";", signedNames) + '\n'
                + sha256Hex(bytesOf(body.get()));
        String stringToSign = scheme.label + '\n' + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        if (!verifies(key.get(), scheme, stringToSign, parts.signature())) {
            throw refusal(PayReasonCode.InvalidRequestSignature,
                    "The request signature does not match the signature calculated with the public key " + parts.publicKeyId() + ".");
        }
    }

    private void checkDate(String date) {
        if (date == null || date.isBlank()) {
            throw refusal(PayReasonCode.MissingHeaderValue, "The value of the header x-amz-pay-date is missing.");
        }
        Instant sent = parseDate(date.trim()).orElseThrow(() -> refusal(PayReasonCode.InvalidHeaderValue,
                "The value of the header x-amz-pay-date is invalid: " + EchoedValue.of(date) + " (expected 20221118T150630Z)."));
        if (sent.isAfter(clock.instant().plus(dateTolerance))) {
            throw refusal(PayReasonCode.InvalidHeaderValue, "The value of the header x-amz-pay-date should not be in future: " + EchoedValue.of(date) + ".");
        }
    }

    /** The Java, .NET, PHP and Ruby SDKs send 20221118T150630Z; the Node SDK sends 2022-11-18T15:06:30Z. */
    private static Optional<Instant> parseDate(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, BASIC_DATE).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Each value trimmed, every whitespace character inside it made a space (as the SDK does); repeats joined by commas. */
    static String canonicalHeaderValue(List<String> values) {
        List<String> cleaned = new ArrayList<>();
        for (String value : values) {
            cleaned.add(ANY_WHITESPACE_CHAR.matcher(value == null ? "" : value.trim()).replaceAll(" "));
        }
        return String.join(",", cleaned);
    }

    /** Decoded, runs of slashes made one, encoded again by RFC 3986 with the slashes kept; "/" when empty. */
    static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String decoded = percentDecode(rawPath, false).replaceAll("/{2,}", "/");
        String encoded = rfc3986(decoded, true);
        return encoded.startsWith("/") ? encoded : "/" + encoded;
    }

    /** Each key and value decoded ('+' is a space) and RFC 3986 encoded; sorted by key, then value; joined by '&'. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(new String[] {rfc3986(percentDecode(key, true), false), rfc3986(percentDecode(value, true), false)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder query = new StringBuilder();
        for (String[] pair : pairs) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(pair[0]).append('=').append(pair[1]);
        }
        return query.toString();
    }

    /** Percent escapes become their UTF-8 bytes; a broken escape is kept as written. */
    private static String percentDecode(String text, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Every UTF-8 byte escaped as %XX (upper-case hex) unless it is A-Z a-z 0-9 - . _ ~ (or '/', when kept). */
    static String rfc3986(String text, boolean keepSlash) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved || keepSlash && c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    private static boolean verifies(PublicKey key, Scheme scheme, String stringToSign, String signature) {
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Signature pss = Signature.getInstance("RSASSA-PSS");
            pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, scheme.salt, 1));
            pss.initVerify(key);
            pss.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return pss.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static PayRequestRejected refusal(PayReasonCode code, String message) {
        return PayError.of(code, message).rejection();
    }
}
