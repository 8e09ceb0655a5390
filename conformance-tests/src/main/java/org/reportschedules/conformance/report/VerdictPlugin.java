package org.reportschedules.conformance.report;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Scenario;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.profile.TargetProfile;

/**
 * A Cucumber plugin that judges the run as a conformance run: each scenario's outcome with the rule it checks
 * (its description), expected failures from the target's profile, and the reports written at the end
 * (see {@link VerdictFiles}). Configured as {@code org.reportschedules.conformance.report.VerdictPlugin:DIR}.
 */
public final class VerdictPlugin implements ConcurrentEventListener {

    private final File reportDir;
    private final Map<String, String> rules = new ConcurrentHashMap<>();
    private final Map<String, String> features = new ConcurrentHashMap<>();
    private final Map<String, String> exchanges = new ConcurrentHashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();

    public VerdictPlugin(File reportDir) {
        this.reportDir = reportDir;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, envelope -> envelope.getGherkinDocument().ifPresent(this::remember));
        publisher.registerHandlerFor(EmbedEvent.class, this::rememberExchange);
        publisher.registerHandlerFor(TestCaseFinished.class, this::judge);
        publisher.registerHandlerFor(TestRunFinished.class, finished -> finish());
    }

    /** Scenario descriptions by file and line, the line of an outline's example rows included. */
    private void remember(GherkinDocument document) {
        String uri = document.getUri().orElse("");
        Optional<Feature> feature = document.getFeature();
        feature.ifPresent(f -> features.put(uri, f.getName()));
        feature.map(Feature::getChildren).orElse(List.of()).stream()
                .flatMap(child -> scenariosOf(child).stream())
                .forEach(scenario -> {
                    String rule = scenario.getDescription().strip().replaceAll("\\s*\\n\\s*", " ");
                    rules.put(uri + ":" + scenario.getLocation().getLine(), rule);
                    scenario.getExamples().forEach(examples -> examples.getTableBody()
                            .forEach(row -> rules.put(uri + ":" + row.getLocation().getLine(), rule)));
                });
    }

    private static List<Scenario> scenariosOf(FeatureChild child) {
        List<Scenario> scenarios = new ArrayList<>();
        child.getScenario().ifPresent(scenarios::add);
        child.getRule().ifPresent(rule -> rule.getChildren().forEach(c -> c.getScenario().ifPresent(scenarios::add)));
        return scenarios;
    }

    private void rememberExchange(EmbedEvent event) {
        if ("last exchange".equals(event.getName())) {
            exchanges.put(event.getTestCase().getId().toString(), new String(event.getData(), StandardCharsets.UTF_8));
        }
    }

    private void judge(TestCaseFinished finished) {
        TestCase testCase = finished.getTestCase();
        Result result = finished.getResult();
        String uri = testCase.getUri().toString();
        String location = uri + ":" + testCase.getLocation().getLine();
        Optional<TargetProfile.ExpectedFailure> expected = Target.profile().expectedFailureOf(testCase.getName());
        Outcome.Verdict verdict = verdictOf(result.getStatus(), expected.isPresent());
        String detail = switch (verdict) {
            case EXPECTED_FAILURE -> "expected: " + expected.get().reason();
            case UNEXPECTED_PASS -> "listed as an expected failure (" + expected.get().reason() + ") but passed: remove the entry";
            case PASSED -> "";
            default -> result.getError() == null ? result.getStatus().name() : firstLines(result.getError().getMessage());
        };
        Outcome outcome = new Outcome(features.getOrDefault(uri, uri), testCase.getName(), location,
                rules.getOrDefault(location, ""), verdict, detail, exchanges.getOrDefault(testCase.getId().toString(), ""),
                result.getDuration().toMillis() / 1000.0);
        synchronized (outcomes) {
            outcomes.add(outcome);
        }
    }

    private static Outcome.Verdict verdictOf(Status status, boolean expectedToFail) {
        if (status == Status.SKIPPED) {
            return Outcome.Verdict.SKIPPED;
        }
        if (status == Status.PASSED) {
            return expectedToFail ? Outcome.Verdict.UNEXPECTED_PASS : Outcome.Verdict.PASSED;
        }
        return expectedToFail ? Outcome.Verdict.EXPECTED_FAILURE : Outcome.Verdict.FAILED;
    }

    private static String firstLines(String message) {
        if (message == null) {
            return "";
        }
        return message.lines().limit(6).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private void finish() {
        RunVerdict verdict;
        synchronized (outcomes) {
            verdict = new RunVerdict(outcomes);
        }
        RunVerdict.publish(verdict);
        new VerdictFiles(reportDir.toPath(), Target.profile(), verdict).writeAll();
    }
}
