package org.reportschedules.mws;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a request's Signature Version 2 is acceptable under the configured mode and keys.
 *
 * @param mode how hard to look
 * @param keys the access keys whose signatures can be verified
 */
public record SignatureCheck(SignatureMode mode, SigningKeys keys) {

    public static final String ACCESS_KEY_ID = "AWSAccessKeyId";
    public static final String SIGNATURE_METHOD = "SignatureMethod";

    /** What the caller should do with the request. */
    public enum Verdict {
        /** Go on with the operation. */
        ACCEPTED,
        /** Strict mode and the access key is not configured (or absent): answer 403 InvalidAccessKeyId. */
        UNKNOWN_ACCESS_KEY,
        /**
         * The key is known but the signature is absent, wrong, or made with a method other than HmacSHA256
         * or HmacSHA1: answer 403 SignatureDoesNotMatch.
         */
        SIGNATURE_DOES_NOT_MATCH
    }

    public SignatureCheck {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(keys, "keys");
    }

    /** See {@link SignatureV2#stringToSign} for what each argument must be. */
    public Verdict check(String method, String hostHeader, String rawPath, Map<String, String> parameters) {
        if (mode == SignatureMode.OFF) {
            return Verdict.ACCEPTED;
        }
        Optional<String> secret = keys.secretFor(parameters.get(ACCESS_KEY_ID));
        if (secret.isEmpty()) {
            return mode == SignatureMode.STRICT ? Verdict.UNKNOWN_ACCESS_KEY : Verdict.ACCEPTED;
        }
        Optional<SignatureMethod> signatureMethod = SignatureMethod.of(parameters.get(SIGNATURE_METHOD));
        String actual = parameters.get(SignatureV2.SIGNATURE);
        if (signatureMethod.isEmpty() || actual == null) {
            return Verdict.SIGNATURE_DOES_NOT_MATCH;
        }
        String expected = SignatureV2.sign(
                SignatureV2.stringToSign(method, hostHeader, rawPath, parameters), secret.get(), signatureMethod.get());
        return SignatureV2.matches(expected, actual) ? Verdict.ACCEPTED : Verdict.SIGNATURE_DOES_NOT_MATCH;
    }
}
