package org.reportschedules.conformance.profile;

import java.net.URI;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The implementation under test, as a profile file names it.
 *
 * @param name             the implementation's name, for the reports
 * @param version          its version, for the reports
 * @param payBaseUri       where Amazon Pay requests go (without a trailing slash)
 * @param mwsBaseUri       where MWS requests go
 * @param adminBaseUri     where this project's admin API is (for @clock-control)
 * @param payMerchants     the merchants the suite may act as (at least two when the target does not accept any merchant)
 * @param mws              the MWS key and sellers
 * @param capabilities     what the target claims to support
 * @param expectedFailures known deviations: listed scenarios that fail are expected; listed scenarios that pass fail the run
 * @param trustedCertificates the only certificates the target's HTTPS is trusted by; empty: the JVM's usual trust
 */
public record TargetProfile(String name, String version, URI payBaseUri, URI mwsBaseUri, URI adminBaseUri,
                            List<PayCredentials> payMerchants, MwsCredentials mws, Set<Capability> capabilities,
                            List<ExpectedFailure> expectedFailures, List<X509Certificate> trustedCertificates) {

    /** A merchant's Amazon Pay identity: its public key id and, to sign for real, its private key. */
    public record PayCredentials(String publicKeyId, Optional<PrivateKey> privateKey) {
    }

    /** The MWS access key the suite signs with, and the sellers it may act as. */
    public record MwsCredentials(String accessKeyId, String secretKey, List<String> sellerIds) {
    }

    /** A scenario the target is known to fail, and why. */
    public record ExpectedFailure(String scenario, String reason) {
    }

    public TargetProfile {
        payMerchants = List.copyOf(payMerchants);
        capabilities = Set.copyOf(capabilities);
        expectedFailures = List.copyOf(expectedFailures);
        trustedCertificates = List.copyOf(trustedCertificates);
    }

    /** A target whose HTTPS, if any, is trusted as the JVM trusts any site. */
    public TargetProfile(String name, String version, URI payBaseUri, URI mwsBaseUri, URI adminBaseUri,
                         List<PayCredentials> payMerchants, MwsCredentials mws, Set<Capability> capabilities,
                         List<ExpectedFailure> expectedFailures) {
        this(name, version, payBaseUri, mwsBaseUri, adminBaseUri, payMerchants, mws, capabilities, expectedFailures, List.of());
    }

    public boolean claims(Capability capability) {
        return capabilities.contains(capability);
    }

    public Optional<ExpectedFailure> expectedFailureOf(String scenarioName) {
        return expectedFailures.stream().filter(e -> e.scenario().equals(scenarioName)).findFirst();
    }

    /** The same target reached at another base URI (every dialect), e.g. a stub started on a free port. */
    public TargetProfile at(URI baseUri) {
        return new TargetProfile(name, version, baseUri, baseUri, baseUri, payMerchants, mws, capabilities, expectedFailures,
                trustedCertificates);
    }

    /** The same target, its HTTPS trusted by these certificates only (--trust-cert). */
    public TargetProfile trusting(List<X509Certificate> certificates) {
        return new TargetProfile(name, version, payBaseUri, mwsBaseUri, adminBaseUri, payMerchants, mws, capabilities,
                expectedFailures, certificates);
    }
}
