package org.reportschedules.conformance.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.cli.ConformanceRun;
import org.reportschedules.conformance.report.Outcome;
import org.reportschedules.conformance.report.RunVerdict;
import org.reportschedules.conformance.profile.ProfileFile;
import org.reportschedules.conformance.profile.TargetProfile;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Proof that the suite has teeth: it is run against implementations that each break one rule, and must fail
 * each of them in the scenario named for it. The share caught is printed and written to
 * target/faulty-implementations.md.
 */
class FaultyImplementationsTest {

    @Test
    void theSuiteCatchesEveryFaultyImplementation() throws IOException {
        TargetProfile profile = ProfileFile.builtIn();
        MwsSettings correct = MwsSettings.defaults().withSigningKeys(
                SigningKeys.parse(List.of(profile.mws().accessKeyId() + "=" + profile.mws().secretKey())));
        Optional<TargetProfile> before = Target.current();
        List<String> lines = new ArrayList<>();
        List<FaultyImplementation> missed = new ArrayList<>();
        try {
            for (FaultyImplementation faulty : FaultyImplementation.values()) {
                Optional<Outcome> catcher = judge(faulty, profile, correct);
                catcher.ifPresentOrElse(
                        outcome -> lines.add("| " + faulty + " | caught | " + outcome.scenario() + " |"),
                        () -> {
                            missed.add(faulty);
                            lines.add("| " + faulty + " | **missed** | expected: " + faulty.caughtBy() + " |");
                        });
            }
        } finally {
            Target.use(before.orElse(null));
        }
        int total = FaultyImplementation.values().length;
        String share = String.format("Faulty implementations caught: %d/%d (%d%%)", total - missed.size(), total,
                Math.round(100.0 * (total - missed.size()) / total));
        String report = "# " + share + "\n\n| Implementation | Verdict | Caught by |\n|---|---|---|\n" + String.join("\n", lines) + "\n";
        Files.writeString(Path.of("target", "faulty-implementations.md"), report);
        System.out.println(report);
        assertEquals(List.of(), missed, share);
    }

    /** The failed scenario of the named rule, when the suite failed the implementation there. */
    private static Optional<Outcome> judge(FaultyImplementation faulty, TargetProfile profile, MwsSettings correct) throws IOException {
        StubSettings settings = StubSettings.onPort(0).withMws(faulty.mws(correct));
        try (StubServer stub = StubServer.start(settings.withPay(settings.pay().withSigning(faulty.paySignatureMode(), PayPublicKeys.none())));
             FaultyProxy proxy = new FaultyProxy(stub.uri(), faulty.fault(), profile.mws().accessKeyId(), profile.mws().secretKey())) {
            RunVerdict verdict = new ConformanceRun(profile.at(proxy.uri()), Optional.of(faulty.tags()),
                    Path.of("target", "faulty", faulty.name()), 2).execute();
            return verdict.outcomes().stream()
                    .filter(outcome -> outcome.verdict().failsTheRun() && outcome.scenario().startsWith(faulty.caughtBy()))
                    .findFirst();
        }
    }
}
