package org.reportschedules.conformance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import io.cucumber.java.After;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Moves the target's clock through the stub's admin API (scenarios tagged @clock-control). */
public class ClockSteps {

    /** How far the clock moves at a time while a scenario waits for the target to finish processing. */
    private static final Duration PROCESSING_STEP = Duration.ofSeconds(5);
    /** How long, by the target's clock, a scenario waits for processing before it judges what it sees. */
    private static final Duration PROCESSING_PATIENCE = Duration.ofMinutes(1);

    private final ScenarioContext context;

    public ClockSteps(ScenarioContext context) {
        this.context = context;
    }

    /** A span of time as a feature writes it: "1 second", "44 seconds", "2 minutes", "1 hour", "1 day". */
    @ParameterType("(\\d+) (second|minute|hour|day)s?")
    public Duration duration(String amount, String unit) {
        return ChronoUnit.valueOf(unit.toUpperCase(Locale.ROOT) + "S").getDuration().multipliedBy(Long.parseLong(amount));
    }

    /**
     * Freezes the target's clock at the start of a second (moving it on by less than one), so that the scenario
     * knows when it began: what it makes is made at or after that instant, what came before, strictly before.
     */
    @Given("the target's clock is frozen")
    public void theTargetsClockIsFrozen() {
        Instant frozen = observe(AdminClient.ok(AdminClient.request().post("/__admin/clock/freeze")));
        Instant whole = frozen.truncatedTo(ChronoUnit.SECONDS);
        if (!whole.equals(frozen)) {
            frozen = observe(AdminClient.ok(AdminClient.request().contentType(ContentType.JSON)
                    .body(Map.of("now", whole.plusSeconds(1).toString())).put("/__admin/clock")));
        }
        context.began = frozen;
    }

    @When("{duration} pass(es)")
    public void pass(Duration duration) {
        observe(AdminClient.post("/__admin/clock/advance", Map.of("by", duration.toString())));
    }

    /**
     * Processing takes a target some time: until {@code done}, the clock moves on a few seconds at a time, for
     * at most a minute. The caller then judges what it sees.
     */
    public void passUntil(BooleanSupplier done) {
        for (Duration waited = Duration.ZERO; !done.getAsBoolean() && waited.compareTo(PROCESSING_PATIENCE) < 0;
             waited = waited.plus(PROCESSING_STEP)) {
            pass(PROCESSING_STEP);
        }
    }

    /**
     * Other scenarios share the target: let its time run again. Only after a scenario that froze or moved it: one
     * skipped because the target does not claim clock-control never touched it, and the target may have no admin API.
     */
    @After("@clock-control")
    public void resumeTheClock() {
        if (context.targetNow != null) {
            observe(AdminClient.ok(AdminClient.request().post("/__admin/clock/resume")));
        }
    }

    private Instant observe(Response clock) {
        Instant now = Instant.parse(clock.jsonPath().getString("now"));
        TargetClock.observed(now);
        context.targetNow = now;
        return now;
    }
}
