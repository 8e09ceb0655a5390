package org.reportschedules.conformance.faults;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.cli.ConformanceRun;
import org.reportschedules.conformance.report.Outcome;
import org.reportschedules.conformance.report.RunVerdict;
import org.reportschedules.conformance.profile.Capability;
import org.reportschedules.conformance.profile.ProfileFile;
import org.reportschedules.conformance.profile.TargetProfile;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A target that does not accept any merchant, as Amazon's sandbox: the suite acts only as the profile's two
 * merchants, signs every request with their private keys, skips what needs fresh merchants, and still passes.
 */
class ProfileMerchantsTest {

    @Test
    void theAmazonPayScenariosPassAsTheProfilesSignedMerchants() throws IOException, GeneralSecurityException {
        KeyPair first = rsa();
        KeyPair second = rsa();
        TargetProfile stub = ProfileFile.builtIn();
        Optional<TargetProfile> before = Target.current();
        Set<Capability> claimed = EnumSet.copyOf(stub.capabilities());
        claimed.remove(Capability.ANY_MERCHANT);
        List<TargetProfile.PayCredentials> merchants = List.of(
                new TargetProfile.PayCredentials("LIVE-PROFILEMERCHANT1", Optional.of(first.getPrivate())),
                new TargetProfile.PayCredentials("LIVE-PROFILEMERCHANT2", Optional.of(second.getPrivate())));
        SignatureChecks signatures = new SignatureChecks(Map.of(
                "LIVE-PROFILEMERCHANT1", first.getPublic(), "LIVE-PROFILEMERCHANT2", second.getPublic()));

        RunVerdict verdict;
        // The stub knows the merchants' keys, as Amazon does, so that the @signing scenarios are judged by it too.
        StubSettings settings = StubSettings.onPort(0);
        PayPublicKeys known = PayPublicKeys.of(Map.of("LIVE-PROFILEMERCHANT1", first.getPublic(), "LIVE-PROFILEMERCHANT2", second.getPublic()));
        try (StubServer target = StubServer.start(settings.withPay(settings.pay().withSigning(PaySignatureMode.VERIFY_KNOWN, known)));
             FaultyProxy checking = new FaultyProxy(target.uri(), signatures, "unused", "unused")) {
            TargetProfile profile = new TargetProfile("stub-as-profile-merchants", stub.version(), checking.uri(), checking.uri(),
                    checking.uri(), merchants, stub.mws(), claimed, List.of());
            // Over plain HTTP: the @https scenario is not what this run is about.
            verdict = new ConformanceRun(profile, Optional.of("@pay and not @https and not @strict-signing"), Path.of("target", "profile-merchants"), 1).execute();
        } finally {
            Target.use(before.orElse(null));
        }

        assertTrue(verdict.passed(), () -> "failed: " + verdict.outcomes().stream().filter(o -> o.verdict().failsTheRun()).toList());
        assertTrue(signatures.verified.get() > 50, "signed requests verified: " + signatures.verified);
        // Only the two requests the @signing scenarios alter after signing on purpose (body, query).
        assertEquals(2, signatures.refused.get(), "requests whose signature did not verify");
        List<Outcome> skipped = verdict.withVerdict(Outcome.Verdict.SKIPPED);
        assertFalse(skipped.isEmpty());
        skipped.forEach(outcome -> assertTrue(outcome.detail().contains("any-merchant"), outcome.toString()));
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
