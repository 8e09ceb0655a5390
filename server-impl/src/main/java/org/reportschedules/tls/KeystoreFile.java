package org.reportschedules.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A PKCS#12 keystore a user gives the stub instead of its self-signed certificate: it must hold exactly one
 * private key with its certificate chain. With two or more the stub would have to guess which one clients
 * trust, so it refuses rather than picks.
 */
public final class KeystoreFile {

    private KeystoreFile() {
    }

    /**
     * @throws IllegalArgumentException with one line naming the file and what is wrong: unreadable, not PKCS#12,
     *                                  wrong password, no private key, more than one
     */
    public static TlsIdentity read(Path file, char[] password) {
        KeyStore store = load(file, password);
        List<String> keyAliases = keyAliases(file, store);
        if (keyAliases.isEmpty()) {
            throw refused(file, "holds no private key entry (a server needs its key and certificate)");
        }
        if (keyAliases.size() > 1) {
            throw refused(file, "holds " + keyAliases.size() + " private key entries (" + String.join(", ", keyAliases)
                    + "); give a keystore with exactly one");
        }
        return identity(file, store, keyAliases.get(0), password);
    }

    private static KeyStore load(Path file, char[] password) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw refused(file, "cannot be read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            // The JDK reports a wrong password as an IOException caused by an UnrecoverableKeyException.
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw refused(file, "cannot be opened with the given password");
            }
            throw refused(file, "is not a PKCS#12 keystore (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw refused(file, "is not a usable PKCS#12 keystore (" + e.getMessage() + ")");
        }
    }

    private static List<String> keyAliases(Path file, KeyStore store) {
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            return aliases;
        } catch (GeneralSecurityException e) {
            throw refused(file, "cannot be listed (" + e.getMessage() + ")");
        }
    }

    private static TlsIdentity identity(Path file, KeyStore store, String alias, char[] password) {
        try {
            Key key = store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                throw refused(file, "entry '" + alias + "' is not a private key with a certificate");
            }
            if (!Arrays.stream(chain).allMatch(X509Certificate.class::isInstance)) {
                throw refused(file, "entry '" + alias + "' holds a certificate that is not X.509");
            }
            return new TlsIdentity(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (UnrecoverableKeyException e) {
            throw refused(file, "entry '" + alias + "' cannot be opened with the keystore's password");
        } catch (GeneralSecurityException e) {
            throw refused(file, "entry '" + alias + "' cannot be read (" + e.getMessage() + ")");
        }
    }

    private static IllegalArgumentException refused(Path file, String why) {
        return new IllegalArgumentException("--tls-keystore " + file + " " + why);
    }
}
