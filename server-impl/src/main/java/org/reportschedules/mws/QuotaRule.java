package org.reportschedules.mws;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.reportschedules.contract.ContractFile;

/**
 * How one MWS action is throttled: a bucket of {@code maxRequestQuota} requests, one restored every
 * {@code restoreEvery}, and at most {@code hourlyRequestQuota} an hour. The contract keeps the figures
 * ({@code x-throttling} on the Action parameter of mws-reports.yaml).
 */
public record QuotaRule(int maxRequestQuota, Duration restoreEvery, int hourlyRequestQuota) {

    private static final String THROTTLING = "/components/schemas/MwsRequest/properties/Action/x-throttling";

    public QuotaRule {
        if (maxRequestQuota < 1 || hourlyRequestQuota < 1 || restoreEvery.isNegative() || restoreEvery.isZero()) {
            throw new IllegalArgumentException("Not a usable quota: " + maxRequestQuota + ", " + restoreEvery + ", " + hourlyRequestQuota);
        }
    }

    /** Each action's rule, by action name, in the contract's order. */
    public static Map<String, QuotaRule> fromContract() {
        Map<String, QuotaRule> byAction = new LinkedHashMap<>();
        ContractFile.load(ContractFile.MWS).table(THROTTLING).forEach((action, row) -> byAction.put(action, new QuotaRule(
                Integer.parseInt(row.get("maxRequestQuota")),
                Duration.parse(row.get("restoreEvery")),
                Integer.parseInt(row.get("hourlyRequestQuota")))));
        return Collections.unmodifiableMap(byAction);
    }
}
