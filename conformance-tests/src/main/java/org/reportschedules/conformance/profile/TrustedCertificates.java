package org.reportschedules.conformance.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The certificates a target's HTTPS is trusted by, read from a PEM file (the stub's --tls-cert-out, a partner's own
 * CA): the suite trusts exactly these for the target, never "anything" silently.
 */
public final class TrustedCertificates {

    private TrustedCertificates() {
    }

    /** @throws IllegalArgumentException one line naming the file and what is wrong with it */
    public static List<X509Certificate> read(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("trusted certificate file " + pem + " holds no certificate");
            }
            return certificates;
        } catch (IOException e) {
            throw new IllegalArgumentException("trusted certificate file " + pem + " cannot be read: " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("trusted certificate file " + pem
                    + " is not a PEM certificate (-----BEGIN CERTIFICATE-----): " + e.getMessage(), e);
        }
    }
}
