package org.reportschedules.conformance.report;

import java.util.Locale;

/**
 * What one scenario came to.
 *
 * @param feature  the feature's name
 * @param scenario the scenario's name (for an outline, with its example's values)
 * @param location the feature file and line, e.g. classpath:features/pay/create.feature:12
 * @param rule     the rule the scenario checks, in plain words, with its source (the scenario's description)
 * @param verdict  how it counts
 * @param detail   why it failed or was skipped; for an expected failure, the profile's reason
 * @param exchange the last request and response of a failed scenario, cut to a readable length
 * @param seconds  how long it took
 */
public record Outcome(String feature, String scenario, String location, String rule, Verdict verdict, String detail,
                      String exchange, double seconds) {

    /** How a scenario counts towards the run's result. */
    public enum Verdict {
        PASSED, FAILED, SKIPPED,
        /** Failed, as the profile says it will (a known deviation): does not fail the run. */
        EXPECTED_FAILURE,
        /** Listed as an expected failure, but passed: fails the run, since a stale entry would hide a regression. */
        UNEXPECTED_PASS;

        public boolean failsTheRun() {
            return this == FAILED || this == UNEXPECTED_PASS;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
