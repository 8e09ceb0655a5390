package org.reportschedules.pay;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportschedules.text.EchoedValue;

/**
 * The authorization header of an Amazon Pay request, read strictly: one header, Amazon Pay's scheme, then
 * PublicKeyId, SignedHeaders and Signature, each once and in that order, none empty or holding whitespace.
 * Anything else is refused (400 InvalidHeaderValue) in every signature mode: a loose reading would act for
 * whichever PublicKeyId it happened to find first.
 *
 * @param scheme        AMZN-PAY-RSASSA-PSS-V2 or the legacy AMZN-PAY-RSASSA-PSS
 * @param publicKeyId   the key id, which also names the merchant
 * @param signedHeaders the header names signed, separated by ';'
 * @param signature     the signature as sent (Base64)
 */
public record PayAuthorization(String scheme, String publicKeyId, String signedHeaders, String signature) {

    private static final String EXPECTED = "'AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=..., SignedHeaders=..., Signature=...'";
    private static final Pattern SHAPE = Pattern.compile(
            "^\\s*(\\S+)\\s+PublicKeyId=([^,\\s]+)\\s*,\\s*SignedHeaders=([^,\\s]+)\\s*,\\s*Signature=([^,\\s]+)\\s*$");

    /**
     * The request's authorization, or empty when it sent none (or a blank one).
     *
     * @param values every authorization header line received (null or empty when none)
     */
    public static Optional<PayAuthorization> of(List<String> values) {
        List<String> sent = values == null ? List.of() : values.stream().filter(value -> value != null && !value.isBlank()).toList();
        if (sent.size() > 1) {
            throw malformed("The authorization header is given " + sent.size() + " times; send it once.");
        }
        return sent.isEmpty() ? Optional.empty() : Optional.of(parse(sent.get(0)));
    }

    /** One authorization header's value, refused unless it has exactly Amazon Pay's shape. */
    public static PayAuthorization parse(String value) {
        Matcher parts = SHAPE.matcher(value);
        if (!parts.matches() || PaySignatureCheck.Scheme.named(parts.group(1)).isEmpty()) {
            throw malformed("The authorization header is malformed: expected " + EXPECTED + ", got '" + EchoedValue.of(value.strip()) + "'.");
        }
        return new PayAuthorization(parts.group(1), parts.group(2), parts.group(3), parts.group(4));
    }

    private static PayRequestRejected malformed(String message) {
        return PayError.of(PayReasonCode.InvalidHeaderValue, message).rejection();
    }
}
