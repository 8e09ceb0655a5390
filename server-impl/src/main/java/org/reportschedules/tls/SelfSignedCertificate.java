package org.reportschedules.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * A certificate the stub makes for itself at start, so HTTPS needs no set-up: RSA 2048 (the key every TLS client
 * accepts), signed with SHA-256, naming the loopback addresses and the host the stub listens on, valid from a
 * little before now for a year.
 */
public final class SelfSignedCertificate {

    /** The names every stub answers to on its own machine. */
    public static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "::1");
    /** Clients' clocks run a little behind or ahead of the machine's: a certificate born "now" would be refused by some. */
    static final Duration BACKDATED = Duration.ofHours(1);
    static final Duration VALID_FOR = Duration.ofDays(365);

    private static final String SUBJECT = "CN=report-schedules-stub, OU=self-signed for tests, O=report-schedules";
    private static final Set<String> WILDCARD_HOSTS = Set.of("0.0.0.0", "::", "[::]");

    private SelfSignedCertificate() {
    }

    /**
     * @param host      the interface the stub listens on; named in the certificate unless it is a loopback name
     *                  already listed or a wildcard address (which no client connects to by that name)
     * @param realClock the machine's real clock ({@code clock.WallClock}): clients judge validity by theirs
     */
    public static TlsIdentity issue(String host, Clock realClock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Instant now = realClock.instant();
            X500Name subject = new X500Name(SUBJECT);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(now.minus(BACKDATED)), Date.from(now.plus(VALID_FOR)), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, subjectAlternativeNames(host))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    // Strict verifiers (Python 3.13's default among them) want the issuer named even when it is the subject.
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new TlsIdentity(keys.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Cannot make a self-signed certificate: " + e.getMessage(), e);
        }
    }

    /** The names a client may reach the stub by, in the order they are written into the certificate. */
    static List<String> namesFor(String host) {
        Set<String> names = new LinkedHashSet<>(LOOPBACK_NAMES);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!bare.isBlank() && !WILDCARD_HOSTS.contains(host)) {
            names.add(bare);
        }
        return List.copyOf(names);
    }

    private static GeneralNames subjectAlternativeNames(String host) {
        List<GeneralName> names = new ArrayList<>();
        for (String name : namesFor(host)) {
            names.add(new GeneralName(IPAddress.isValid(name) ? GeneralName.iPAddress : GeneralName.dNSName, name));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
