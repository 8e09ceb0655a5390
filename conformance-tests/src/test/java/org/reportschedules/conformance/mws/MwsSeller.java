package org.reportschedules.conformance.mws;

import java.util.Locale;
import java.util.UUID;

/** A seller as the suite plays it: a SellerId of its own, so scenarios never share schedules or quotas. */
public record MwsSeller(String sellerId) {

    public static MwsSeller fresh() {
        return new MwsSeller("A" + UUID.randomUUID().toString().replace("-", "").substring(0, 13).toUpperCase(Locale.ROOT));
    }
}
