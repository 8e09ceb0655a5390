package org.reportschedules.conformance.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every scenario's outcome in a run, and what the run comes to. */
public record RunVerdict(List<Outcome> outcomes) {

    private static volatile RunVerdict latest;

    public RunVerdict {
        outcomes = List.copyOf(outcomes);
    }

    /** The verdict of the last run in this JVM, for the runner's exit code; null before any run ended. */
    public static RunVerdict latest() {
        return latest;
    }

    static void publish(RunVerdict verdict) {
        latest = verdict;
    }

    /** True when no scenario failed unexpectedly and no expected failure passed, and something ran. */
    public boolean passed() {
        return !outcomes.isEmpty() && outcomes.stream().noneMatch(o -> o.verdict().failsTheRun());
    }

    public Map<Outcome.Verdict, Integer> counts() {
        return countsOf(outcomes);
    }

    /** Counts per feature, in the order features ran. */
    public Map<String, Map<Outcome.Verdict, Integer>> countsByFeature() {
        Map<String, Map<Outcome.Verdict, Integer>> byFeature = new LinkedHashMap<>();
        outcomes.stream().map(Outcome::feature).distinct().forEach(feature ->
                byFeature.put(feature, countsOf(outcomes.stream().filter(o -> o.feature().equals(feature)).toList())));
        return byFeature;
    }

    public List<Outcome> withVerdict(Outcome.Verdict verdict) {
        return outcomes.stream().filter(o -> o.verdict() == verdict).toList();
    }

    private static Map<Outcome.Verdict, Integer> countsOf(List<Outcome> outcomes) {
        Map<Outcome.Verdict, Integer> counts = new EnumMap<>(Outcome.Verdict.class);
        for (Outcome.Verdict verdict : Outcome.Verdict.values()) {
            counts.put(verdict, (int) outcomes.stream().filter(o -> o.verdict() == verdict).count());
        }
        return counts;
    }
}
