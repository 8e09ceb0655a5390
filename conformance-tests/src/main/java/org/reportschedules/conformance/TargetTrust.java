package org.reportschedules.conformance;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import io.restassured.RestAssured;
import io.restassured.config.SSLConfig;

/**
 * Makes every request of the run trust the target's HTTPS as its profile says: only the certificates it names
 * (with host names still checked), or, when it names none, as the JVM trusts any site. Never "trust all".
 */
final class TargetTrust {

    private TargetTrust() {
    }

    static void apply(List<X509Certificate> trusted) {
        SSLConfig ssl = SSLConfig.sslConfig();
        if (!trusted.isEmpty()) {
            ssl = ssl.trustStore(storeOf(trusted));
        }
        RestAssured.config = RestAssured.config().sslConfig(ssl);
    }

    private static KeyStore storeOf(List<X509Certificate> trusted) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("target-" + i, trusted.get(i));
            }
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The JDK cannot hold the target's certificates in a trust store: " + e.getMessage(), e);
        }
    }
}
