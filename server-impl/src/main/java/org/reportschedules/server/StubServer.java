package org.reportschedules.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.reportschedules.clock.WallClock;
import org.reportschedules.store.sqlite.DataDirectoryRefused;
import org.reportschedules.store.sqlite.SqliteStore;
import org.reportschedules.tls.HttpsSettings;
import org.reportschedules.tls.SelfSignedCertificate;
import org.reportschedules.tls.TlsIdentity;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * A running stub: Jersey on Grizzly, with its state in memory (written through to a data directory when it has
 * one). Start one, use {@link #uri()} (and {@link #httpsUri()}
 * when it serves HTTPS too), then close it.
 */
public final class StubServer implements AutoCloseable {

    static {
        // Jersey and Grizzly log through java.util.logging; route it to the same SLF4J output.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private static final String PLAIN_LISTENER = "http";
    private static final String SECURE_LISTENER = "https";

    private final HttpServer http;
    private final URI uri;
    private final Optional<URI> httpsUri;
    private final Optional<TlsIdentity> tls;
    private final Optional<SqliteStore> store;

    private StubServer(HttpServer http, URI uri, Optional<URI> httpsUri, Optional<TlsIdentity> tls, Optional<SqliteStore> store) {
        this.http = http;
        this.uri = uri;
        this.httpsUri = httpsUri;
        this.tls = tls;
        this.store = store;
    }

    /**
     * @throws IllegalArgumentException when the host is neither an IP literal nor a name that resolves
     * @throws DataDirectoryRefused when the settings name a data directory the stub cannot use
     * @throws UncheckedIOException when the stub cannot listen where it was told to
     */
    public static StubServer start(StubSettings settings) {
        String host = ListenHost.checked(settings.host());
        Optional<SqliteStore> store = settings.dataDir().map(SqliteStore::open);
        try {
            return start(settings, host, store);
        } catch (RuntimeException e) {
            store.ifPresent(SqliteStore::close);
            throw e;
        }
    }

    private static StubServer start(StubSettings settings, String host, Optional<SqliteStore> store) {
        // Built from host and port, not from a URI: Grizzly reads a URI it cannot parse as "every interface, port 80".
        HttpServer http = new HttpServer();
        NetworkListener plain = new NetworkListener(PLAIN_LISTENER, host, settings.port());
        ListenerLimits.apply(plain, settings.limits());
        http.addListener(plain);
        http.getServerConfiguration().setDefaultQueryEncoding(StandardCharsets.UTF_8);
        // A GET or DELETE with a body (curl -d with -X DELETE) is answered as without one, as HTTP allows; by default
        // Grizzly refuses it with a bare 400 before any dialect, request id or access log sees it.
        http.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
        // Grizzly answers TRACE itself, an empty 405 without a request id; passed on, the dialect refuses it in its format.
        http.getServerConfiguration().setPassTraceRequest(true);
        GrizzlyHttpContainer jersey = ContainerFactory.createContainer(GrizzlyHttpContainer.class,
                new StubApplication(settings, store));
        http.getServerConfiguration().addHttpHandler(new BufferedBodies(new UnsafeUriRepair(jersey, settings.limits().maxHeadBytes()),
                        settings.limits().maxBodyBytes(), settings.limits().idleTimeout()),
                HttpHandlerRegistration.builder().contextPath("").build());
        Optional<TlsIdentity> tls = settings.https().map(https -> addSecureListener(http, host, https, settings.limits()));
        IgnoreUpgradeOffers.installOn(http); // java.net.http.HttpClient offers h2c; Grizzly would hang on the body
        try {
            http.start();
        } catch (IOException | UnresolvedAddressException e) {
            http.shutdownNow();
            IOException cause = e instanceof IOException io ? io : new IOException("unknown host " + host, e);
            throw new UncheckedIOException("Cannot listen on " + ListenHost.inUrl(host) + ":" + settings.port()
                    + settings.https().map(https -> " and " + https.port()).orElse(""), cause);
        }
        int port = http.getListener(PLAIN_LISTENER).getPort();
        Optional<URI> httpsUri = Optional.ofNullable(http.getListener(SECURE_LISTENER))
                .map(secure -> URI.create("https://" + ListenHost.inUrl(host) + ":" + secure.getPort()));
        return new StubServer(http, URI.create("http://" + ListenHost.inUrl(host) + ":" + port), httpsUri, tls, store);
    }

    /**
     * A second listener on the same server, so HTTPS reaches the same handlers and the same state as plain HTTP.
     * Without a keystore the certificate is made now, dated by the machine's real clock: clients check its
     * validity against their own clocks, never against the stub's movable one.
     */
    private static TlsIdentity addSecureListener(HttpServer http, String host, HttpsSettings https, ServerLimits limits) {
        TlsIdentity identity = https.identity().orElseGet(() -> SelfSignedCertificate.issue(host, WallClock.utc()));
        NetworkListener secure = new NetworkListener(SECURE_LISTENER, host, https.port());
        secure.setSecure(true);
        ListenerLimits.apply(secure, limits);
        secure.setSSLEngineConfig(new SSLEngineConfigurator(identity.sslContext(), false, false, false)
                .setEnabledProtocols(TlsIdentity.PROTOCOLS.toArray(String[]::new)));
        http.addListener(secure);
        return identity;
    }

    /** Base URL without a trailing slash, e.g. http://127.0.0.1:8080. */
    public URI uri() {
        return uri;
    }

    /** The HTTPS base URL without a trailing slash, e.g. https://127.0.0.1:8443, when the stub serves HTTPS. */
    public Optional<URI> httpsUri() {
        return httpsUri;
    }

    /** The certificate HTTPS clients are shown (self-signed unless a keystore was given), when the stub serves HTTPS. */
    public Optional<X509Certificate> certificate() {
        return tls.map(TlsIdentity::certificate);
    }

    /** The key and certificate HTTPS is served with, for writing the certificate out and printing its fingerprint. */
    public Optional<TlsIdentity> tlsIdentity() {
        return tls;
    }

    @Override
    public void close() {
        http.shutdownNow();
        store.ifPresent(SqliteStore::close);
    }
}
