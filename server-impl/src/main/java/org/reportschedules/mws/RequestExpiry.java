package org.reportschedules.mws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The AWS query family's rule against stale and replayed requests, judged by the stub's clock (which the admin
 * API moves): a request is refused with 400 RequestExpired when it reaches the service more than 15 minutes
 * after its Timestamp, dated more than 15 minutes ahead, or more than 15 minutes after its Expires. AWS's
 * Common Errors state the 15 minutes for the expiry date too, so an Expires gets the same allowance for clock
 * skew; an Expires however far ahead is accepted, as AWS documents no limit for it.
 *
 * @param clock the stub's clock
 */
public record RequestExpiry(Clock clock) {

    /** How far a request's date may be from the service's time, either way (the AWS family's 15 minutes). */
    public static final Duration ALLOWANCE = Duration.ofMinutes(15);

    public RequestExpiry {
        Objects.requireNonNull(clock, "clock");
    }

    /** Returns when the request is still valid by the clock; throws the RequestExpired refusal otherwise. */
    void check(RequestDate date) {
        Instant now = clock.instant();
        if (date.instant().isBefore(now.minus(ALLOWANCE))) {
            throw refusal("Request has expired.", date, "before", now);
        }
        if (!date.isExpiry() && date.instant().isAfter(now.plus(ALLOWANCE))) {
            throw refusal("Request is dated in the future.", date, "after", now);
        }
    }

    private static MwsRequestRejected refusal(String verdict, RequestDate date, String beforeOrAfter, Instant now) {
        return new MwsError(MwsErrorCode.RequestExpired, String.format("%s %s date is %s, more than %d minutes %s the service's time, %s.",
                verdict, date.parameter(), date.written(), ALLOWANCE.toMinutes(), beforeOrAfter, now.truncatedTo(ChronoUnit.MILLIS))).rejection();
    }
}
