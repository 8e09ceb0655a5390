package org.reportschedules.journal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and masks Signature values by hand, as the expressions {@code (?i)(\bSignature=)[^,\s]*} (in a header) and
 * {@code (?i)((?:^|[&?])Signature=)[^&]*} (in parameters) would, replacing each value with {@link CredentialMasking#MASK}:
 * the expressions cost a create 5% and an MWS call 5% of their samples. "Signature=" is matched ignoring the case of
 * ASCII letters only, as (?i) does; CredentialMaskingTest compares both ways on random text.
 */
final class SignatureScan {

    private static final String NAME = "signature=";
    /** For a header where a character outside ASCII stands right before a "Signature=": \\b judges it by Unicode's rules. */
    private static final Pattern SIGNATURE_IN_HEADER = Pattern.compile("(?i)(\\bSignature=)[^,\\s]*");

    private SignatureScan() {
    }

    /** The header value with every Signature masked; empty when it holds none. */
    static Optional<String> inHeader(String value) {
        StringBuilder masked = null;
        int copied = 0;
        int from = 0;
        int at;
        while ((at = nameAt(value, from)) >= 0) {
            char before = at == 0 ? ' ' : value.charAt(at - 1);
            if (before >= 0x80) {
                Matcher signature = SIGNATURE_IN_HEADER.matcher(value);
                return signature.find() ? Optional.of(signature.replaceAll("$1" + CredentialMasking.MASK)) : Optional.empty();
            }
            if (isWordCharacter(before)) {
                from = at + 1;
                continue;
            }
            int start = at + NAME.length();
            int end = start;
            while (end < value.length() && !endsHeaderValue(value.charAt(end))) {
                end++;
            }
            masked = (masked == null ? new StringBuilder(value.length()) : masked).append(value, copied, start).append(CredentialMasking.MASK);
            copied = end;
            from = end;
        }
        return masked == null ? Optional.empty() : Optional.of(masked.append(value, copied, value.length()).toString());
    }

    /** The parameters (a query or a form body) with every Signature parameter's value masked. */
    static String inParameters(String text) {
        StringBuilder masked = null;
        int copied = 0;
        int from = 0;
        int at;
        while ((at = nameAt(text, from)) >= 0) {
            if (at > 0 && text.charAt(at - 1) != '&' && text.charAt(at - 1) != '?') {
                from = at + 1;
                continue;
            }
            int start = at + NAME.length();
            int end = text.indexOf('&', start);
            end = end < 0 ? text.length() : end;
            masked = (masked == null ? new StringBuilder(text.length()) : masked).append(text, copied, start).append(CredentialMasking.MASK);
            copied = end;
            from = end;
        }
        return masked == null ? text : masked.append(text, copied, text.length()).toString();
    }

    /** Where "signature=" starts, in any case of its ASCII letters, from the index given; -1 when nowhere. */
    private static int nameAt(String text, int from) {
        int last = text.length() - NAME.length();
        for (int i = from; i <= last; i++) {
            if (matchesNameAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesNameAt(String text, int at) {
        for (int j = 0; j < NAME.length(); j++) {
            char c = text.charAt(at + j);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != NAME.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII word characters, as Java's \b judges them: letters, digits and the underscore. */
    private static boolean isWordCharacter(char c) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** A comma or what \s matches ends a header's signature. */
    private static boolean endsHeaderValue(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
