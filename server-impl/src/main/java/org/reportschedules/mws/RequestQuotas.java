package org.reportschedules.mws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.store.Resettable;

/**
 * MWS throttling, per seller and action, by each action's {@link QuotaRule}. Time comes from the injected
 * clock, so tests move the clock instead of sleeping.
 */
public final class RequestQuotas implements Resettable {

    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * The state a request sees: whether it may proceed, and what the x-mws-quota-* headers report. A refused
     * request was refused for the hour (QuotaExceeded) or for its rate (RequestThrottled).
     */
    public record Quota(boolean granted, int hourlyMax, int hourlyRemaining, Instant resetsOn) {

        public boolean hourExhausted() {
            return hourlyRemaining == 0;
        }
    }

    private final Clock clock;
    private final Map<String, QuotaRule> rules;
    private final boolean enforced;
    private final ConcurrentMap<Key, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param rules by action: at least one, and one for every action a request can be counted against */
    public RequestQuotas(Clock clock, Map<String, QuotaRule> rules, boolean enforced) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("No quota rules");
        }
        this.clock = clock;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.enforced = enforced;
    }

    /** Counts one request against the seller's quota for the action, unless it is used up. */
    public Quota take(MerchantId seller, String action) {
        return bucket(seller, action).take(clock.instant(), enforced);
    }

    /** Forgets every seller's counts: each starts again with a full quota. */
    @Override
    public void reset() {
        buckets.clear();
    }

    /** The quota as it stands, without counting a request (and without remembering a seller never counted). */
    public Quota peek(MerchantId seller, String action) {
        Bucket bucket = buckets.get(new Key(seller, action));
        return bucket != null ? bucket.peek(clock.instant()) : untouched(action);
    }

    /** A full quota, as a seller who has not called the action this hour has. */
    public Quota untouched(String action) {
        int hourly = ruleOf(action).hourlyRequestQuota();
        return new Quota(true, hourly, hourly, clock.instant().plus(HOUR));
    }

    private Bucket bucket(MerchantId seller, String action) {
        return buckets.computeIfAbsent(new Key(seller, action), k -> new Bucket(ruleOf(action), clock.instant()));
    }

    /** A refused request whose Action is unknown still reports a quota in its headers: the first action's. */
    private QuotaRule ruleOf(String action) {
        QuotaRule rule = rules.get(action);
        return rule != null ? rule : rules.values().iterator().next();
    }

    private record Key(MerchantId seller, String action) {
    }

    private static final class Bucket {

        private final QuotaRule rule;
        private double tokens;
        private Instant refilledAt;
        private Instant hourStarted;
        private int usedThisHour;

        Bucket(QuotaRule rule, Instant now) {
            this.rule = rule;
            tokens = rule.maxRequestQuota();
            refilledAt = now;
            hourStarted = now;
        }

        synchronized Quota take(Instant now, boolean enforced) {
            advance(now);
            boolean available = tokens >= 1 && usedThisHour < rule.hourlyRequestQuota();
            if (available || !enforced) {
                tokens = Math.max(0, tokens - 1);
                usedThisHour = Math.min(rule.hourlyRequestQuota(), usedThisHour + 1);
                return quota(true);
            }
            return quota(false);
        }

        synchronized Quota peek(Instant now) {
            advance(now);
            return quota(true);
        }

        private void advance(Instant now) {
            if (now.isAfter(refilledAt)) {
                double restored = (double) Duration.between(refilledAt, now).toMillis() / rule.restoreEvery().toMillis();
                tokens = Math.min(rule.maxRequestQuota(), tokens + restored);
                refilledAt = now;
            }
            if (!now.isBefore(hourStarted.plus(HOUR))) {
                hourStarted = now;
                usedThisHour = 0;
            }
        }

        private Quota quota(boolean granted) {
            int hourly = rule.hourlyRequestQuota();
            return new Quota(granted, hourly, hourly - usedThisHour, hourStarted.plus(HOUR));
        }
    }
}
