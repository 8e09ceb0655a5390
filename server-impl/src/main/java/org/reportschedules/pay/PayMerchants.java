package org.reportschedules.pay;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Which merchant partition a Pay request reads and changes: the PublicKeyId of its authorization header,
 * in the environment (live or sandbox) named by the path prefix or, for /v2 paths, by the key's own
 * LIVE-/SANDBOX- prefix. Requests without the header share a default merchant, so a plain curl works.
 */
public final class PayMerchants {

    public static final String DEFAULT_PUBLIC_KEY_ID = "DEFAULT";

    private static final Pattern PUBLIC_KEY_ID = Pattern.compile("PublicKeyId=([^,\\s]+)");

    private PayMerchants() {
    }

    public static String of(ContainerRequestContext request) {
        String publicKeyId = publicKeyId(request.getHeaderString("authorization"));
        Object pathEnvironment = request.getProperty(PayPathNormalizer.PATH_ENVIRONMENT);
        String environment = pathEnvironment != null ? pathEnvironment.toString() : keyEnvironment(publicKeyId);
        return "pay:" + environment + ":" + publicKeyId;
    }

    private static String publicKeyId(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return DEFAULT_PUBLIC_KEY_ID;
        }
        Matcher m = PUBLIC_KEY_ID.matcher(authorization);
        if (!m.find()) {
            throw new PayError(400, "InvalidHeaderValue",
                    "The authorization header does not name a PublicKeyId: expected "
                            + "'AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=..., SignedHeaders=..., Signature=...'.").rejection();
        }
        return m.group(1);
    }

    private static String keyEnvironment(String publicKeyId) {
        return publicKeyId.toUpperCase(Locale.ROOT).startsWith("SANDBOX-") ? "sandbox" : "live";
    }
}
