package org.reportschedules.conformance;

import java.net.URI;

import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

/**
 * The implementation under test. {@code -Dconformance.baseUri=http://host:port} (or the environment
 * variable CONFORMANCE_BASE_URI) names a running one; without it the built-in stub is started in-process
 * on a free loopback port, once for the whole run, and stopped when the JVM exits.
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

    private static URI configured() {
        String value = System.getProperty("conformance.baseUri");
        if (value == null || value.isBlank()) {
            value = System.getenv("CONFORMANCE_BASE_URI");
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }

    private static URI startStub() {
        StubServer stub = StubServer.start(StubSettings.onPort(0));
        Runtime.getRuntime().addShutdownHook(new Thread(stub::close, "conformance-stub-stop"));
        System.out.println("Conformance target: built-in stub at " + stub.uri());
        return stub.uri();
    }
}
