package org.reportschedules.conformance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.report.Outcome;
import org.reportschedules.conformance.report.RunVerdict;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.ProfileFile;
import org.reportschedules.conformance.profile.TargetProfile;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner's own rules: unclaimed capabilities skip with a reason, expected failures, the reports, the exit codes. */
class ConformanceRunTest {

    @TempDir
    Path reports;

    @Test
    void unclaimedCapabilitiesSkipWithAReasonAndAStaleExpectedFailureFailsTheRun() throws Exception {
        TargetProfile builtIn = ProfileFile.builtIn();
        Set<Capability> withoutStubChoice = EnumSet.copyOf(builtIn.capabilities());
        withoutStubChoice.remove(Capability.STUB_CHOICE);
        Optional<TargetProfile> before = Target.current();
        RunVerdict verdict;
        try (StubServer stub = StubServer.start(StubSettings.onPort(0))) {
            TargetProfile target = new TargetProfile(builtIn.name(), builtIn.version(), stub.uri(), stub.uri(), stub.uri(),
                    builtIn.payMerchants(), builtIn.mws(), withoutStubChoice,
                    List.of(new TargetProfile.ExpectedFailure("A cancelled schedule is gone", "listed on purpose, although it passes")));
            verdict = new ConformanceRun(target, Optional.of("@pay and not @https and not @strict-signing"), reports, 2).execute();
        } finally {
            Target.use(before.orElse(null));
        }

        List<Outcome> skipped = verdict.withVerdict(Outcome.Verdict.SKIPPED);
        assertFalse(skipped.isEmpty(), "the @stub-choice scenarios are skipped");
        skipped.forEach(outcome -> assertTrue(outcome.detail().contains("does not claim stub-choice"), outcome.toString()));
        assertEquals(List.of("A cancelled schedule is gone"),
                verdict.withVerdict(Outcome.Verdict.UNEXPECTED_PASS).stream().map(Outcome::scenario).toList());
        assertFalse(verdict.passed(), "an expected failure that passes fails the run: the entry is stale");
        assertTrue(verdict.outcomes().stream().allMatch(outcome -> !outcome.rule().isBlank()), "every scenario states its rule");

        assertTrue(Files.readString(reports.resolve("summary.md")).contains("Result: **FAIL**"));
        String report = Files.readString(reports.resolve("conformance-report.yaml"));
        assertTrue(report.contains("result: \"fail\"") || report.contains("result: fail"), report);
        assertTrue(Files.readString(reports.resolve("junit.xml")).contains("Rule: "));
        assertTrue(Files.exists(reports.resolve("report.html")) && Files.exists(reports.resolve("report.json")));
    }

    /** A stub started with --admin off, as partners share it: what needs the clock is skipped, the rest still runs and passes. */
    @Test
    void aTargetWithoutTheAdminApiSkipsOnlyWhatNeedsItsClock() {
        TargetProfile builtIn = ProfileFile.builtIn();
        Set<Capability> withoutClockControl = EnumSet.copyOf(builtIn.capabilities());
        withoutClockControl.remove(Capability.CLOCK_CONTROL);
        Optional<TargetProfile> before = Target.current();
        RunVerdict verdict;
        try (StubServer stub = StubServer.start(StubSettings.onPort(0).withAdmin(StubSettings.AdminApi.OFF))) {
            TargetProfile target = new TargetProfile(builtIn.name(), builtIn.version(), stub.uri(), stub.uri(), stub.uri(),
                    builtIn.payMerchants(), builtIn.mws(), withoutClockControl, List.of());
            verdict = new ConformanceRun(target, Optional.of("@reports and @pay"), reports, 2).execute();
        } finally {
            Target.use(before.orElse(null));
        }

        List<Outcome> skipped = verdict.withVerdict(Outcome.Verdict.SKIPPED);
        assertFalse(skipped.isEmpty(), "the @clock-control scenarios are skipped");
        skipped.forEach(outcome -> assertTrue(outcome.detail().contains("does not claim clock-control"), outcome.toString()));
        assertFalse(verdict.withVerdict(Outcome.Verdict.PASSED).isEmpty(), "the report scenarios that need no clock still run");
        assertTrue(verdict.passed(), () -> "failed: " + verdict.outcomes().stream().filter(o -> o.verdict().failsTheRun()).toList());
    }

    @Test
    void badOptionsAndProfilesExitWithTwoAndOneLine() throws Exception {
        assertExit(2, "Profile " + reports.resolve("none.yaml"), "--profile", reports.resolve("none.yaml").toString());
        assertExit(2, "Name the target", "--report-dir", reports.toString());
        Path noAnyMerchant = Files.writeString(reports.resolve("p.yaml"), "baseUri: http://127.0.0.1:9\ncapabilities: [pay]\n");
        assertExit(2, "--threads 2", "--profile", noAnyMerchant.toString(), "--threads", "2");
        Path notACertificate = Files.writeString(reports.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertExit(2, "--trust-cert: trusted certificate file " + notACertificate, "--base-uri", "https://127.0.0.1:9",
                "--trust-cert", notACertificate.toString());
    }

    @Test
    void helpListsEveryCapabilityTag() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ConformanceCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        assertEquals(0, commandLine.execute("--help"));
        for (Capability capability : Capability.values()) {
            assertTrue(out.toString().contains(capability.tag()), capability.tag() + " in\n" + out);
        }
    }

    private static void assertExit(int code, String firstWords, String... args) {
        StringWriter err = new StringWriter();
        java.io.PrintStream previous = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        int exit;
        try {
            CommandLine commandLine = ConformanceCommand.commandLine();
            commandLine.setErr(new PrintWriter(err));
            exit = commandLine.execute(args);
        } finally {
            System.setErr(previous);
        }
        String message = captured + err.toString();
        assertEquals(code, exit, message);
        assertTrue(message.startsWith(firstWords), message);
        assertEquals(1, message.strip().lines().count(), message);
    }
}
