package org.reportschedules.conformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.TargetProfile;

/**
 * Writes a run's verdict for people and machines: summary.md,
 * conformance-report.yaml (implementation, profile, suite version, claimed capabilities, counts, result, in the
 * spirit of the Kubernetes Gateway API's conformance reports) and junit.xml (each test case carries its rule).
 */
final class VerdictFiles {

    private final Path dir;
    private final TargetProfile target;
    private final RunVerdict verdict;

    VerdictFiles(Path dir, TargetProfile target, RunVerdict verdict) {
        this.dir = dir;
        this.target = target;
        this.verdict = verdict;
    }

    void writeAll() {
        try {
            Files.createDirectories(dir);
            String summary = summary();
            Files.writeString(dir.resolve("summary.md"), summary);
            new YAMLMapper().writeValue(dir.resolve("conformance-report.yaml").toFile(), report());
            writeJunit(dir.resolve("junit.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the conformance reports to " + dir, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write junit.xml", e);
        }
    }

    private String summary() {
        StringBuilder md = new StringBuilder("# Conformance: ").append(target.name()).append(' ').append(target.version()).append("\n\n")
                .append("Result: **").append(verdict.passed() ? "PASS" : "FAIL").append("**")
                .append(verdict.outcomes().isEmpty() ? " (no scenario was selected: check --tags)" : "").append("  \n")
                .append("Suite ").append(SuiteVersion.get()).append(", claimed capabilities: ")
                .append(String.join(", ", claimed())).append("\n\n")
                .append("| Feature | passed | failed | skipped | expected failure | unexpected pass |\n|---|---|---|---|---|---|\n");
        verdict.countsByFeature().forEach((feature, counts) -> md.append(row(feature, counts)));
        md.append(row("**All**", verdict.counts())).append('\n');
        section(md, "Failed", verdict.withVerdict(Outcome.Verdict.FAILED), true);
        section(md, "Listed as expected failures but passed", verdict.withVerdict(Outcome.Verdict.UNEXPECTED_PASS), false);
        section(md, "Expected failures", verdict.withVerdict(Outcome.Verdict.EXPECTED_FAILURE), false);
        section(md, "Skipped", verdict.withVerdict(Outcome.Verdict.SKIPPED), false);
        return md.toString();
    }

    private static String row(String feature, Map<Outcome.Verdict, Integer> counts) {
        return "| " + feature + " | " + counts.get(Outcome.Verdict.PASSED) + " | " + counts.get(Outcome.Verdict.FAILED)
                + " | " + counts.get(Outcome.Verdict.SKIPPED) + " | " + counts.get(Outcome.Verdict.EXPECTED_FAILURE)
                + " | " + counts.get(Outcome.Verdict.UNEXPECTED_PASS) + " |\n";
    }

    private static void section(StringBuilder md, String title, List<Outcome> outcomes, boolean withExchange) {
        if (outcomes.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append(" (").append(outcomes.size()).append(")\n\n");
        for (Outcome outcome : outcomes) {
            md.append("- **").append(outcome.scenario()).append("** (").append(outcome.location()).append(")\n");
            if (!outcome.rule().isEmpty()) {
                md.append("  - Rule: ").append(outcome.rule()).append('\n');
            }
            if (!outcome.detail().isEmpty()) {
                md.append("  - ").append(outcome.detail().replace("\n", "\n    ")).append('\n');
            }
            if (withExchange && !outcome.exchange().isEmpty()) {
                md.append("\n  ```http\n  ").append(outcome.exchange().replace("\n", "\n  ")).append("\n  ```\n");
            }
        }
        md.append('\n');
    }

    private Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("kind", "ConformanceReport");
        report.put("date", Instant.now().toString());
        report.put("implementation", Map.of("name", target.name(), "version", target.version()));
        report.put("suite", Map.of("name", "report-schedules-conformance", "version", SuiteVersion.get()));
        report.put("target", Map.of("pay", target.payBaseUri().toString(), "mws", target.mwsBaseUri().toString()));
        report.put("claimedCapabilities", claimed());
        report.put("result", verdict.passed() ? "pass" : "fail");
        report.put("counts", labelled(verdict.counts()));
        Map<String, Object> features = new LinkedHashMap<>();
        verdict.countsByFeature().forEach((feature, counts) -> features.put(feature, labelled(counts)));
        report.put("features", features);
        report.put("failed", verdict.outcomes().stream().filter(o -> o.verdict().failsTheRun())
                .map(o -> Map.of("scenario", o.scenario(), "location", o.location(), "verdict", o.verdict().label(), "rule", o.rule()))
                .toList());
        report.put("skipped", verdict.withVerdict(Outcome.Verdict.SKIPPED).stream()
                .map(o -> Map.of("scenario", o.scenario(), "reason", o.detail())).toList());
        return report;
    }

    private List<String> claimed() {
        return Arrays.stream(Capability.values()).filter(target::claims).map(Capability::label).toList();
    }

    private static Map<String, Integer> labelled(Map<Outcome.Verdict, Integer> counts) {
        Map<String, Integer> labelled = new LinkedHashMap<>();
        counts.forEach((verdict, count) -> labelled.put(verdict.label(), count));
        return labelled;
    }

    private void writeJunit(Path file) throws IOException, XMLStreamException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "conformance of " + target.name() + " " + target.version());
            xml.writeAttribute("tests", Integer.toString(verdict.outcomes().size()));
            xml.writeAttribute("failures", Long.toString(verdict.outcomes().stream().filter(o -> o.verdict().failsTheRun()).count()));
            xml.writeAttribute("skipped", Integer.toString(verdict.withVerdict(Outcome.Verdict.SKIPPED).size()));
            for (Outcome outcome : verdict.outcomes()) {
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", outcome.feature());
                xml.writeAttribute("name", outcome.scenario());
                xml.writeAttribute("time", Double.toString(outcome.seconds()));
                if (outcome.verdict().failsTheRun()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", outcome.detail().lines().findFirst().orElse(outcome.verdict().label()));
                    xml.writeCharacters(outcome.detail() + "\n\n" + outcome.exchange());
                    xml.writeEndElement();
                } else if (outcome.verdict() == Outcome.Verdict.SKIPPED) {
                    xml.writeStartElement("skipped");
                    xml.writeAttribute("message", outcome.detail());
                    xml.writeEndElement();
                }
                xml.writeStartElement("system-out");
                xml.writeCharacters("Rule: " + outcome.rule() + "\nAt: " + outcome.location()
                        + (outcome.verdict() == Outcome.Verdict.EXPECTED_FAILURE ? "\n" + outcome.detail() : ""));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        }
    }
}
