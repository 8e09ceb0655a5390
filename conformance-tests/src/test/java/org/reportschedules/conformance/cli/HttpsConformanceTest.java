package org.reportschedules.conformance.cli;

import java.nio.file.Files;
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
import org.reportschedules.conformance.profile.TrustedCertificates;
import org.reportschedules.conformance.report.Outcome;
import org.reportschedules.conformance.report.RunVerdict;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;
import org.reportschedules.tls.HttpsSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The @https scenarios against the stub started with an https port, its written certificate trusted through the
 * suite's own option; and what they say when the profile's base URI is plain http or the certificate is not trusted.
 */
class HttpsConformanceTest {

    @TempDir
    Path dir;

    @Test
    void theHttpsScenariosPassAgainstTheStubsHttpsPortTrustingItsCertificate() throws Exception {
        RunVerdict verdict = runHttpsScenarios(true, true);
        assertEquals(2, verdict.withVerdict(Outcome.Verdict.PASSED).size(), verdict.outcomes().toString());
        assertTrue(verdict.passed(), () -> "failed: " + verdict.outcomes().stream().filter(o -> o.verdict().failsTheRun()).toList());
    }

    @Test
    void aPlainHttpBaseUriFailsTheHttpsScenariosSayingWhy() throws Exception {
        RunVerdict verdict = runHttpsScenarios(false, true);
        assertFalse(verdict.passed());
        verdict.withVerdict(Outcome.Verdict.FAILED).forEach(outcome ->
                assertTrue(outcome.detail().contains("give an https:// baseUri"), outcome.toString()));
        assertEquals(2, verdict.withVerdict(Outcome.Verdict.FAILED).size(), verdict.outcomes().toString());
    }

    @Test
    void anUntrustedCertificateFailsTheHttpsScenarios() throws Exception {
        RunVerdict verdict = runHttpsScenarios(true, false);
        assertEquals(2, verdict.withVerdict(Outcome.Verdict.FAILED).size(), verdict.outcomes().toString());
    }

    private RunVerdict runHttpsScenarios(boolean overHttps, boolean trusted) throws Exception {
        TargetProfile builtIn = ProfileFile.builtIn();
        Set<Capability> withHttps = EnumSet.copyOf(builtIn.capabilities());
        withHttps.add(Capability.HTTPS);
        SigningKeys keys = SigningKeys.parse(List.of(builtIn.mws().accessKeyId() + "=" + builtIn.mws().secretKey()));
        Optional<TargetProfile> before = Target.current();
        try (StubServer stub = StubServer.start(StubSettings.onPort(0).withMws(MwsSettings.defaults().withSigningKeys(keys))
                .withHttps(HttpsSettings.selfSigned(0)))) {
            Path pem = Files.writeString(dir.resolve("stub-cert.pem"), stub.tlsIdentity().orElseThrow().certificatePem());
            TargetProfile target = new TargetProfile(builtIn.name(), builtIn.version(), builtIn.payBaseUri(), builtIn.mwsBaseUri(),
                    builtIn.adminBaseUri(), builtIn.payMerchants(), builtIn.mws(), withHttps, List.of())
                    .at(overHttps ? stub.httpsUri().orElseThrow() : stub.uri());
            if (trusted) {
                target = target.trusting(TrustedCertificates.read(pem));
            }
            return new ConformanceRun(target, Optional.of("@https"), dir.resolve("reports"), 1).execute();
        } finally {
            Target.use(before.orElse(null));
        }
    }
}
