package org.reportschedules.journal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the journal hides of a request, so that whoever reads the journal can replay nothing: a signature, a
 * password, a token. Ids that only name the caller (an Amazon Pay PublicKeyId, an MWS AWSAccessKeyId, an
 * idempotency key) are kept, since tests filter and assert on them.
 */
public final class CredentialMasking {

    public static final String MASK = "****";

    private static final Set<String> SECRET_HEADERS = Set.of("cookie", "proxy-authorization", "x-amz-security-token");

    private CredentialMasking() {
    }

    /** Names in lower case; authorization keeps its scheme and ids, its signature or secret masked. */
    public static Map<String, List<String>> headers(Map<String, List<String>> sent) {
        Map<String, List<String>> masked = new LinkedHashMap<>();
        sent.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            List<String> shown = new ArrayList<>(values.size());
            for (String value : values) {
                shown.add(header(lower, value));
            }
            masked.merge(lower, shown, (a, b) -> {
                List<String> both = new ArrayList<>(a);
                both.addAll(b);
                return both;
            });
        });
        return masked;
    }

    private static String header(String lowerName, String value) {
        if (SECRET_HEADERS.contains(lowerName)) {
            return MASK;
        }
        if (!lowerName.equals("authorization")) {
            return value;
        }
        // The Signature of an Amazon Pay authorization header (and of any scheme written name=value, comma separated).
        Optional<String> signatureMasked = SignatureScan.inHeader(value);
        if (signatureMasked.isPresent()) {
            return signatureMasked.get();
        }
        // Basic, Bearer and the like: the scheme says what was tried, the rest is the secret itself.
        int space = value.indexOf(' ');
        return space < 0 ? MASK : value.substring(0, space) + " " + MASK;
    }

    /** A path with its query (or a form body): every Signature parameter's value masked. */
    public static String parameters(String text) {
        return text.indexOf('=') < 0 ? text : SignatureScan.inParameters(text);
    }
}
