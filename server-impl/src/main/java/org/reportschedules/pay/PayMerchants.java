package org.reportschedules.pay;

import java.util.Locale;
import java.util.Optional;

import org.reportschedules.domain.MerchantId;

/**
 * Which merchant a Pay request reads and changes: the PublicKeyId of its authorization header, in the
 * environment (live or sandbox) named by the path prefix or, for /v2 paths, by the key's own LIVE-/SANDBOX-
 * prefix. Requests without the header share a default merchant, so a plain curl works.
 */
public final class PayMerchants {

    public static final String DEFAULT_PUBLIC_KEY_ID = "DEFAULT";

    private PayMerchants() {
    }

    /**
     * @param authorization   the authorization header, or null when absent
     * @param pathEnvironment "live" or "sandbox" when the path named one (/live/v2/..., /sandbox/v2/...)
     */
    public static MerchantId of(String authorization, Optional<String> pathEnvironment) {
        return ofPublicKeyId(publicKeyId(authorization), pathEnvironment);
    }

    /** The merchant of a public key id: in the environment the path named, else the one the key's prefix names. */
    public static MerchantId ofPublicKeyId(String publicKeyId, Optional<String> pathEnvironment) {
        return new MerchantId("pay-" + pathEnvironment.orElseGet(() -> keyEnvironment(publicKeyId)), publicKeyId);
    }

    private static String publicKeyId(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return DEFAULT_PUBLIC_KEY_ID;
        }
        return PayAuthorization.parse(authorization).publicKeyId();
    }

    private static String keyEnvironment(String publicKeyId) {
        return publicKeyId.toUpperCase(Locale.ROOT).startsWith("SANDBOX-") ? "sandbox" : "live";
    }
}
