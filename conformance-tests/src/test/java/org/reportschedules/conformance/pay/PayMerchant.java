package org.reportschedules.conformance.pay;

import java.util.Locale;
import java.util.UUID;

/**
 * A merchant as the suite plays it: a public key id of its own, so scenarios never see each other's
 * schedules and need no reset, whatever the target.
 */
public record PayMerchant(String publicKeyId) {

    public static PayMerchant fresh() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
        return new PayMerchant("LIVE-CONF" + id);
    }
}
