package org.reportschedules.conformance;

import java.util.List;
import java.util.Optional;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.TargetProfile;

/**
 * Around every scenario: it runs only when the target claims every capability it is tagged with (otherwise it
 * is reported as skipped, naming what is missing), and a failed scenario carries its last exchange.
 */
public class ScenarioHooks {

    private final ScenarioContext context;

    public ScenarioHooks(ScenarioContext context) {
        this.context = context;
    }

    @Before(order = 0)
    public void skipWhatTheTargetDoesNotClaim(Scenario scenario) {
        context.scenario = scenario;
        Exchanges.forget();
        TargetProfile target = Target.profile();
        List<String> missing = scenario.getSourceTagNames().stream()
                .map(Capability::ofTag)
                .flatMap(Optional::stream)
                .filter(capability -> !target.claims(capability))
                .map(Capability::label)
                .toList();
        if (!missing.isEmpty()) {
            throw new TestAbortedException("Skipped: the target (" + target.name() + ") does not claim " + String.join(", ", missing));
        }
    }

    @After(order = 0)
    public void attachTheLastExchangeOfAFailure(Scenario scenario) {
        if (scenario.isFailed() && !Exchanges.last().isEmpty()) {
            scenario.attach(Exchanges.last(), "text/plain", "last exchange");
        }
    }
}
