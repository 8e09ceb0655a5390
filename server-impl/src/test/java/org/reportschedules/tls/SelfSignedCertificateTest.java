package org.reportschedules.tls;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SelfSignedCertificateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final TlsIdentity ISSUED = SelfSignedCertificate.issue("stub.example.test", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void itNamesTheLoopbackAddressesAndAnyOtherHostItListensOn() throws Exception {
        assertEquals(List.of("localhost", "127.0.0.1", "::1"), SelfSignedCertificate.namesFor("127.0.0.1"));
        assertEquals(List.of("localhost", "127.0.0.1", "::1"), SelfSignedCertificate.namesFor("0.0.0.0"));
        assertEquals(List.of("localhost", "127.0.0.1", "::1", "10.1.2.3"), SelfSignedCertificate.namesFor("10.1.2.3"));
        assertEquals(List.of("localhost", "127.0.0.1", "::1", "fd00::1"), SelfSignedCertificate.namesFor("[fd00::1]"));
        List<String> written = ISSUED.certificate().getSubjectAlternativeNames().stream().map(name -> name.get(0) + ":" + name.get(1)).toList();
        assertEquals(List.of("2:localhost", "7:127.0.0.1", "7:0:0:0:0:0:0:0:1", "2:stub.example.test"), written);
    }

    @Test
    void itIsRsa2048ValidFromAnHourBeforeNowForAYear() {
        X509Certificate certificate = ISSUED.certificate();
        assertEquals("RSA", certificate.getPublicKey().getAlgorithm());
        assertEquals(2048, ((java.security.interfaces.RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
        assertEquals("SHA256withRSA", certificate.getSigAlgName());
        assertEquals(NOW.minus(SelfSignedCertificate.BACKDATED), certificate.getNotBefore().toInstant());
        assertEquals(NOW.plus(SelfSignedCertificate.VALID_FOR), certificate.getNotAfter().toInstant());
        assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
    }

    @Test
    void thePemReadsBackAndTheFingerprintIsWrittenAsKeytoolWritesIt() throws Exception {
        String pem = ISSUED.certificatePem();
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n") && pem.endsWith("-----END CERTIFICATE-----\n"), pem);
        X509Certificate read = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ISSUED.certificate(), read);

        String fingerprint = ISSUED.sha256Fingerprint();
        assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(read.getEncoded());
        assertEquals(HexFormat.of().withUpperCase().formatHex(digest), fingerprint.replace(":", ""));
    }
}
