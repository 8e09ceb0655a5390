package org.reportschedules.conformance.mws;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.TargetProfile;

/**
 * A seller as the suite plays it: against a target that accepts any seller, a SellerId of its own per
 * scenario, so scenarios never share schedules or quotas; otherwise one of the profile's sellers.
 */
public record MwsSeller(String sellerId) {

    public static MwsSeller fresh() {
        return new MwsSeller("A" + UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase(Locale.ROOT));
    }

    /** The scenario's first (0) or second (1) seller. */
    public static MwsSeller forScenario(int index) {
        TargetProfile profile = Target.profile();
        if (profile.claims(Capability.ANY_MERCHANT)) {
            return fresh();
        }
        List<String> sellers = profile.mws().sellerIds();
        if (sellers.size() <= index) {
            throw new IllegalStateException("Profile " + profile.name() + " names " + sellers.size()
                    + " MWS seller(s); this scenario needs " + (index + 1) + " (mws.sellerIds), or claim any-merchant");
        }
        return new MwsSeller(sellers.get(index));
    }
}
