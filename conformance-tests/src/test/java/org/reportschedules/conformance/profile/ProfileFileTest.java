package org.reportschedules.conformance.profile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.tls.SelfSignedCertificate;
import org.reportschedules.tls.TlsIdentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileFileTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInProfileIsTheStubsAndClaimsWhatItHas() {
        TargetProfile stub = ProfileFile.builtIn();
        assertEquals("report-schedules-stub", stub.name());
        assertTrue(stub.claims(Capability.ANY_MERCHANT) && stub.claims(Capability.STUB_CHOICE));
        assertTrue(stub.expectedFailures().isEmpty(), "the stub's own profile lists no expected failures");
        assertEquals(2, stub.payMerchants().size());
        assertEquals(2, stub.mws().sellerIds().size());
    }

    @Test
    void aFullProfileIsRead() throws Exception {
        Path key = writeKey("merchant.pem", pkcs8Pem());
        Path file = write("""
                name: partner-proxy
                version: "1.2"
                baseUri: https://proxy.example.com/
                mws: {baseUri: "http://127.0.0.1:9000", accessKeyId: AKID, secretKey: "${MWS_SECRET}", sellerIds: [S1, S2]}
                pay:
                  merchants:
                    - {publicKeyId: SANDBOX-ONE, privateKeyFile: %s}
                    - {publicKeyId: SANDBOX-TWO}
                capabilities: [pay, mws, signing]
                expectedFailures:
                  - {scenario: "A cancelled schedule is gone", reason: "cancel is asynchronous in our proxy"}
                """.formatted(key.getFileName()));

        TargetProfile profile = ProfileFile.read(file, Map.of("MWS_SECRET", "from-the-environment")::get);

        assertEquals(URI.create("https://proxy.example.com"), profile.payBaseUri());
        assertEquals(URI.create("http://127.0.0.1:9000"), profile.mwsBaseUri());
        assertEquals("from-the-environment", profile.mws().secretKey());
        assertTrue(profile.payMerchants().get(0).privateKey().isPresent());
        assertTrue(profile.payMerchants().get(1).privateKey().isEmpty());
        assertTrue(profile.claims(Capability.SIGNING) && !profile.claims(Capability.ANY_MERCHANT));
        assertEquals("cancel is asynchronous in our proxy", profile.expectedFailureOf("A cancelled schedule is gone").orElseThrow().reason());
    }

    @Test
    void theShippedSandboxTemplateReadsWithCredentialsFromTheEnvironment() throws Exception {
        Path first = writeKey("first.pem", pkcs8Pem());
        Path second = writeKey("second.pem", pkcs8Pem());
        Map<String, String> environment = Map.of("AMAZON_PAY_PUBLIC_KEY_ID", "SANDBOX-AFIRST",
                "AMAZON_PAY_PRIVATE_KEY", first.toString(), "AMAZON_PAY_SECOND_PUBLIC_KEY_ID", "SANDBOX-ASECOND",
                "AMAZON_PAY_SECOND_PRIVATE_KEY", second.toString());

        TargetProfile sandbox = ProfileFile.read(Path.of("profiles", "amazon-pay-sandbox.yaml"), environment::get);

        assertEquals(URI.create("https://pay-api.amazon.com/sandbox"), sandbox.payBaseUri());
        assertEquals("SANDBOX-ASECOND", sandbox.payMerchants().get(1).publicKeyId());
        assertTrue(sandbox.payMerchants().stream().allMatch(m -> m.privateKey().isPresent()));
        assertTrue(sandbox.claims(Capability.PAY) && !sandbox.claims(Capability.ANY_MERCHANT) && !sandbox.claims(Capability.MWS));
    }

    @Test
    void unusableProfilesStopWithOneLineNamingTheProblem() throws Exception {
        assertRefused(dir.resolve("missing.yaml"), "no such file");
        assertRefused(write("baseUri: http://x\ncolour: red\n"), "unknown key 'colour'");
        assertRefused(write("baseUri: http://x\ncapabilities: [pay, teleport]\n"), "unknown capability 'teleport'");
        assertRefused(write("capabilities: [pay]\n"), "no baseUri");
        assertRefused(write("baseUri: not a url\n"), "not an http(s) URL");
        assertRefused(write("baseUri: http://x\nmws: {secretKey: \"${NOT_SET_ANYWHERE}\"}\n"), "NOT_SET_ANYWHERE is not set");
        assertRefused(write("baseUri: http://x\npay: {merchants: [{publicKeyId: A, privateKeyFile: none.pem}]}\n"), "cannot read private key");
        writeKey("old.pem", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertRefused(write("baseUri: http://x\npay: {merchants: [{publicKeyId: A, privateKeyFile: old.pem}]}\n"), "PKCS#1");
        writeKey("junk.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertRefused(write("baseUri: http://x\npay: {merchants: [{publicKeyId: A, privateKeyFile: junk.pem}]}\n"), "not a readable RSA key");
        assertRefused(write("baseUri: http://x\nexpectedFailures: [{scenario: A}]\n"), "gives no reason");
    }

    @Test
    void aTrustedCertificateIsReadRelativeToTheProfile() throws Exception {
        TlsIdentity identity = SelfSignedCertificate.issue("127.0.0.1", Clock.systemUTC());
        writeKey("target-cert.pem", identity.certificatePem());
        TargetProfile profile = ProfileFile.read(write("baseUri: https://127.0.0.1:8443\ntls:\n  trustCertificate: target-cert.pem\n"),
                name -> null);
        assertEquals(List.of(identity.certificate()), profile.trustedCertificates());
        assertEquals(List.of(identity.certificate()), profile.at(URI.create("https://localhost:9443")).trustedCertificates());
        assertTrue(ProfileFile.read(write("baseUri: https://127.0.0.1:8443\n"), name -> null).trustedCertificates().isEmpty());

        writeKey("key.pem", pkcs8Pem());
        assertRefused(write("baseUri: https://127.0.0.1:8443\ntls: {trustCertificate: key.pem}\n"), "tls.trustCertificate: trusted certificate file");
        assertRefused(write("baseUri: https://127.0.0.1:8443\ntls: {trustCertificate: none.pem}\n"), "cannot be read");
    }

    private void assertRefused(Path file, String why) {
        ProfileException refused = assertThrows(ProfileException.class, () -> ProfileFile.read(file, name -> null));
        assertTrue(refused.getMessage().startsWith("Profile " + file), refused.getMessage());
        assertTrue(refused.getMessage().contains(why), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "profile", ".yaml"), yaml);
    }

    private Path writeKey(String name, String pem) throws IOException {
        return Files.writeString(dir.resolve(name), pem);
    }

    private static String pkcs8Pem() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
