package org.reportschedules.conformance.pay;

import java.security.PrivateKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.TargetProfile;

/**
 * A merchant as the suite plays it. Against a target that accepts any merchant, each scenario gets public
 * key ids of its own, so scenarios never see each other's schedules and need no reset; otherwise the
 * scenario acts as one of the profile's merchants, signing with its private key when the profile gives one.
 */
public record PayMerchant(String publicKeyId, Optional<PrivateKey> privateKey) {

    public static PayMerchant fresh() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase(Locale.ROOT);
        return new PayMerchant("LIVE-CONF" + id, Optional.empty());
    }

    /** The scenario's first (0) or second (1) merchant. */
    public static PayMerchant forScenario(int index) {
        TargetProfile profile = Target.profile();
        if (profile.claims(Capability.ANY_MERCHANT)) {
            return fresh();
        }
        List<TargetProfile.PayCredentials> merchants = profile.payMerchants();
        if (merchants.size() <= index) {
            throw new IllegalStateException("Profile " + profile.name() + " names " + merchants.size()
                    + " Amazon Pay merchant(s); this scenario needs " + (index + 1) + " (pay.merchants), or claim any-merchant");
        }
        TargetProfile.PayCredentials credentials = merchants.get(index);
        return new PayMerchant(credentials.publicKeyId(), credentials.privateKey());
    }

    /** Whether this merchant's requests carry a real signature. */
    public boolean signs() {
        return privateKey.isPresent();
    }
}
