package org.reportschedules.conformance;

import java.net.URI;

import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

/**
 * The implementation under test. {@code -Dconformance.baseUri=http://host:port} (or the environment
 * variable CONFORMANCE_BASE_URI) names a running one; without it the built-in stub is started in-process
 * on a free loopback port, once for the whole run, and stopped when the JVM exits. MWS requests are signed
 * with {@code conformance.mws.accessKeyId} / {@code conformance.mws.secretKey} (CONFORMANCE_MWS_ACCESS_KEY_ID /
 * CONFORMANCE_MWS_SECRET_KEY); the in-process stub is started knowing that key, so it verifies every signature.
 */
public final class Target {

    private static URI baseUri;

    private Target() {
    }

    public static synchronized URI baseUri() {
        if (baseUri == null) {
            baseUri = configured();
            if (baseUri == null) {
                baseUri = startStub();
            }
        }
        return baseUri;
    }

    public static String mwsAccessKeyId() {
        return setting("conformance.mws.accessKeyId", "CONFORMANCE_MWS_ACCESS_KEY_ID", "AKIDCONFORMANCE");
    }

    public static String mwsSecretKey() {
        return setting("conformance.mws.secretKey", "CONFORMANCE_MWS_SECRET_KEY", "conformance-secret");
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static URI configured() {
        String trimmed = setting("conformance.baseUri", "CONFORMANCE_BASE_URI", "");
        if (trimmed.isEmpty()) {
            return null;
        }
        return URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }

    private static URI startStub() {
        SigningKeys keys = SigningKeys.parse(java.util.List.of(mwsAccessKeyId() + "=" + mwsSecretKey()));
        StubServer stub = StubServer.start(StubSettings.onPort(0).withMws(MwsSettings.defaults().withSigningKeys(keys)));
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "conformance-stub-stop"));
        System.out.println("Conformance target: built-in stub at " + stub.uri());
        return stub.uri();
    }
}
