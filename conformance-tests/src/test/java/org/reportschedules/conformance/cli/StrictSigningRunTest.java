package org.reportschedules.conformance.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.ProfileFile;
import org.reportschedules.conformance.profile.TargetProfile;
import org.reportschedules.conformance.report.Outcome;
import org.reportschedules.conformance.report.RunVerdict;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stub in strict Amazon Pay signature mode, started without any key, claims strict-signing: the suite registers
 * its keys through the admin API, and every Amazon Pay @signing scenario, the @strict-signing ones included, passes.
 */
class StrictSigningRunTest {

    @TempDir
    Path reports;

    @Test
    void theStrictSigningScenariosPassAgainstAStrictStub() {
        TargetProfile builtIn = ProfileFile.builtIn();
        Set<Capability> strict = EnumSet.copyOf(builtIn.capabilities());
        strict.add(Capability.STRICT_SIGNING);
        StubSettings defaults = StubSettings.onPort(0);
        Optional<TargetProfile> before = Target.current();
        RunVerdict verdict;
        try (StubServer stub = StubServer.start(defaults.withPay(defaults.pay().withSigning(PaySignatureMode.STRICT, PayPublicKeys.none())))) {
            TargetProfile target = new TargetProfile(builtIn.name(), builtIn.version(), stub.uri(), stub.uri(), stub.uri(),
                    builtIn.payMerchants(), builtIn.mws(), strict, List.of());
            verdict = new ConformanceRun(target, Optional.of("@pay and @signing"), reports, 2).execute();
        } finally {
            Target.use(before.orElse(null));
        }

        assertTrue(verdict.passed(), () -> "failed: " + verdict.outcomes().stream().filter(o -> o.verdict().failsTheRun()).toList());
        assertEquals(List.of(), verdict.withVerdict(Outcome.Verdict.SKIPPED), "nothing skipped");
        assertEquals(2, verdict.outcomes().stream().filter(o -> o.scenario().startsWith("An unsigned request")
                || o.scenario().startsWith("A request signed with a key the target does not know")).count());
    }
}
