package org.reportschedules.conformance.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.reportschedules.conformance.report.RunVerdict;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.ProfileException;
import org.reportschedules.conformance.profile.ProfileFile;
import org.reportschedules.conformance.profile.TargetProfile;
import org.reportschedules.conformance.profile.TrustedCertificates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar report-schedules-conformance.jar}: judges one implementation and exits 0 only if it conforms. */
@Command(name = "report-schedules-conformance", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = ConformanceCommand.Version.class,
        description = "Runs the report-schedules conformance suite against an implementation of the Amazon Pay v2 "
                + "and MWS report-schedule APIs, and writes its verdict. Exit code: 0 when every selected scenario "
                + "passes (expected failures aside), 1 when one does not, 2 for bad options or profile.",
        footerHeading = "%nCapabilities (a profile claims them; scenarios tagged with one the target does not claim are skipped):%n")
public final class ConformanceCommand implements Callable<Integer> {

    @Option(names = "--base-uri", paramLabel = "URL",
            description = "Where the implementation answers (every dialect); overrides the profile's baseUri.")
    URI baseUri;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "The target's profile (YAML): URLs, credentials, claimed capabilities, expected failures. "
                    + "Default: the built-in profile of this project's stub.")
    Path profile;

    @Option(names = "--trust-cert", paramLabel = "FILE",
            description = "Trust the target's HTTPS by this PEM certificate (e.g. the stub's --tls-cert-out) and by no other; "
                    + "overrides the profile's tls.trustCertificate. Host names are still checked.")
    Path trustCert;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Only scenarios matching this Cucumber tag expression, e.g. \"@pay and not @stub-choice\".")
    String tags;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "conformance-report",
            description = "Where the reports go: summary.md, conformance-report.yaml, junit.xml, report.html, "
                    + "report.json. Default: ${DEFAULT-VALUE}.")
    Path reportDir;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Scenarios run at once. Above 1 needs a target claiming any-merchant. Default: ${DEFAULT-VALUE}.")
    int threads;

    public static void main(String[] args) {
        // The contract validator says at INFO, for every MWS reply, that it cannot read XML; the suite checks XML itself.
        System.setProperty("org.slf4j.simpleLogger.log.com.atlassian.oai.validator", "warn");
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ConformanceCommand());
        // picocli formats the footer: a description's own % would be read as a format specifier.
        commandLine.getCommandSpec().usageMessage().footer(Arrays.stream(Capability.values())
                .map(c -> String.format("  %-22s %s", c.tag(), c.description()).replace("%", "%%"))
                .collect(Collectors.joining("%n")));
        return commandLine;
    }

    @Override
    public Integer call() {
        TargetProfile target;
        try {
            target = profile == null ? ProfileFile.builtIn() : ProfileFile.read(profile);
        } catch (ProfileException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (trustCert != null) {
            try {
                target = target.trusting(TrustedCertificates.read(trustCert));
            } catch (IllegalArgumentException e) {
                System.err.println("--trust-cert: " + e.getMessage());
                return 2;
            }
        }
        if (baseUri != null) {
            target = target.at(baseUri);
        } else if (profile == null) {
            System.err.println("Name the target: --base-uri URL (and --profile FILE for anything but this project's stub).");
            return 2;
        }
        if (threads < 1 || (threads > 1 && !target.claims(Capability.ANY_MERCHANT))) {
            System.err.println("--threads " + threads + ": use 1, or more only for a target claiming any-merchant "
                    + "(scenarios acting as the same merchants must take turns).");
            return 2;
        }
        RunVerdict verdict = new ConformanceRun(target, Optional.ofNullable(tags), reportDir, threads).execute();
        try {
            System.out.println(Files.readString(reportDir.resolve("summary.md")));
        } catch (IOException e) {
            System.err.println("No summary: " + e.getMessage());
        }
        System.out.println("Reports: " + reportDir.toAbsolutePath());
        return verdict.passed() ? 0 : 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"report-schedules-conformance " + org.reportschedules.conformance.report.SuiteVersion.get()};
        }
    }
}
