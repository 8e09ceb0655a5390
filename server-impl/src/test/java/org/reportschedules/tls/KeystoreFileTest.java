package org.reportschedules.tls;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeystoreFileTest {

    private static final char[] PASSWORD = "keystore-secret".toCharArray();
    private static final TlsIdentity ONE = SelfSignedCertificate.issue("127.0.0.1", Clock.systemUTC());

    @TempDir
    Path dir;

    @Test
    void theOnlyKeyAndItsChainAreRead() throws Exception {
        TlsIdentity read = KeystoreFile.read(store("one.p12", "server"), PASSWORD);
        assertEquals(ONE.certificate(), read.certificate());
        assertEquals(ONE.privateKey(), read.privateKey());
    }

    @Test
    void eachUnusableKeystoreIsRefusedWithOneLineNamingIt() throws Exception {
        assertRefused(dir.resolve("missing.p12"), PASSWORD, "cannot be read");
        assertRefused(Files.writeString(dir.resolve("garbage.p12"), "not a keystore"), PASSWORD, "is not a PKCS#12 keystore");
        assertRefused(store("one.p12", "server"), "wrong".toCharArray(), "cannot be opened with the given password");
        assertRefused(store("two.p12", "first", "second"), PASSWORD, "holds 2 private key entries (");

        KeyStore certificateOnly = KeyStore.getInstance("PKCS12");
        certificateOnly.load(null, null);
        certificateOnly.setCertificateEntry("trusted", ONE.certificate());
        assertRefused(save(certificateOnly, "certificate-only.p12"), PASSWORD, "holds no private key entry");
    }

    private void assertRefused(Path file, char[] password, String why) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> KeystoreFile.read(file, password));
        assertTrue(refused.getMessage().startsWith("--tls-keystore " + file + " " + why), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
    }

    private Path store(String name, String... aliases) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String alias : aliases) {
            store.setKeyEntry(alias, ONE.privateKey(), PASSWORD, ONE.chain().toArray(X509Certificate[]::new));
        }
        return save(store, name);
    }

    private Path save(KeyStore store, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }
}
