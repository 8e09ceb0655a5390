package org.reportschedules.tls;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * What the stub proves itself with over TLS: a private key and its certificate chain (the server's own
 * certificate first).
 */
public record TlsIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    /** The protocols offered: TLS 1.3, and 1.2 for older clients; nothing older. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    public TlsIdentity {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A TLS identity needs a certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** SHA-256 of the certificate, colon-separated upper-case hex, as keytool and openssl print it. */
    public String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot compute SHA-256 of a certificate", e);
        }
    }

    /** The certificate as PEM ({@code -----BEGIN CERTIFICATE-----}), the form clients are told to trust. */
    public String certificatePem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate().getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The certificate cannot be encoded", e);
        }
    }

    /** A server-side context presenting this identity. */
    public SSLContext sslContext() {
        try {
            char[] transientPassword = "in-memory".toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("stub", privateKey, transientPassword, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, transientPassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("The JDK cannot build a TLS context for the certificate "
                    + certificate().getSubjectX500Principal() + ": " + e.getMessage(), e);
        }
    }

    /** Names the certificate only: a log line or a failed assertion must never carry the private key. */
    @Override
    public String toString() {
        return "TlsIdentity[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
