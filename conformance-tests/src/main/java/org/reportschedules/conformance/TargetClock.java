package org.reportschedules.conformance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.reportschedules.conformance.profile.Capability;

/**
 * The target's time as far as the suite knows it: the machine's clock, moved by however far the target's clock
 * stood from it when the admin API last answered. A target claiming clock-control is asked once, before its time
 * is first needed: earlier runs may have left its clock days ahead. Requests are dated by this clock (MWS
 * Timestamp, x-amz-pay-date), and times a scenario sends as "from now" are counted from it, so that a target
 * which refuses requests dated too far from its own time (the AWS family's 15 minutes) still accepts them after
 * a scenario moved its clock a day ahead. A fact about the target, like {@link Target}, not about one scenario.
 */
public final class TargetClock {

    private static Duration ahead = Duration.ZERO;
    private static boolean known;

    private TargetClock() {
    }

    /** The target's clock answered {@code now} (its admin API, just now). */
    public static synchronized void observed(Instant now) {
        ahead = Duration.between(Instant.now(), now);
        known = true;
    }

    /** A new target: its clock is not known yet. */
    static synchronized void forget() {
        ahead = Duration.ZERO;
        known = false;
    }

    public static synchronized Clock clock() {
        if (!known) {
            ask();
        }
        return Clock.offset(Clock.systemUTC(), ahead);
    }

    public static Instant now() {
        return clock().instant();
    }

    /** Reads the clock of a target that has the admin API; any other target's time is taken to be the machine's. */
    private static void ask() {
        known = true;
        if (!Target.profile().claims(Capability.CLOCK_CONTROL)) {
            return;
        }
        Response clock = RestAssured.given().baseUri(Target.profile().adminBaseUri().toString()).filter(Contract.ADMIN)
                .get("/__admin/clock");
        if (clock.statusCode() == 200) {
            observed(Instant.parse(clock.jsonPath().getString("now")));
        }
    }
}
