package org.reportschedules.mws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * MWS throttling, per seller and action, as documented for the report-schedule actions: a bucket of 10
 * requests that refills one request every 45 seconds, and at most 80 requests an hour. Time comes from the
 * injected clock, so tests move the clock instead of sleeping.
 */
public final class RequestQuotas {

    static final int BURST = 10;
    static final Duration RESTORE_EVERY = Duration.ofSeconds(45);
    static final int HOURLY = 80;

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
    private final boolean enforced;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RequestQuotas(Clock clock, boolean enforced) {
        this.clock = clock;
        this.enforced = enforced;
    }

    /** Counts one request against the seller's quota for the action, unless it is used up. */
    public Quota take(String seller, String action) {
        return bucket(seller, action).take(clock.instant(), enforced);
    }

    /** Forgets every seller's counts: each starts again with a full quota. */
    public void clear() {
        buckets.clear();
    }

    /** The quota as it stands, without counting a request (and without remembering a seller never counted). */
    public Quota peek(String seller, String action) {
        Bucket bucket = buckets.get(key(seller, action));
        Instant now = clock.instant();
        return bucket != null ? bucket.peek(now) : new Quota(true, HOURLY, HOURLY, now.plus(Duration.ofHours(1)));
    }

    private Bucket bucket(String seller, String action) {
        return buckets.computeIfAbsent(key(seller, action), k -> new Bucket(clock.instant()));
    }

    private static String key(String seller, String action) {
        return seller + "\n" + action;
    }

    private static final class Bucket {

        private double tokens = BURST;
        private Instant refilledAt;
        private Instant hourStarted;
        private int usedThisHour;

        Bucket(Instant now) {
            refilledAt = now;
            hourStarted = now;
        }

        synchronized Quota take(Instant now, boolean enforced) {
            advance(now);
            boolean available = tokens >= 1 && usedThisHour < HOURLY;
            if (available || !enforced) {
                tokens = Math.max(0, tokens - 1);
                usedThisHour = Math.min(HOURLY, usedThisHour + 1);
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
                double restored = (double) Duration.between(refilledAt, now).toMillis() / RESTORE_EVERY.toMillis();
                tokens = Math.min(BURST, tokens + restored);
                refilledAt = now;
            }
            if (!now.isBefore(hourStarted.plus(Duration.ofHours(1)))) {
                hourStarted = now;
                usedThisHour = 0;
            }
        }

        private Quota quota(boolean granted) {
            return new Quota(granted, HOURLY, HOURLY - usedThisHour, hourStarted.plus(Duration.ofHours(1)));
        }
    }
}
