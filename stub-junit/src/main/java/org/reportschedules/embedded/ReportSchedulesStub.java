package org.reportschedules.embedded;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

/**
 * The stub started inside this JVM, for any test framework: {@code try (ReportSchedulesStub stub =
 * ReportSchedulesStub.start(settings -> settings.withPay(...)))}. It listens on a free port of 127.0.0.1 unless
 * the settings name one, and stops at {@link #close()}.
 */
public final class ReportSchedulesStub implements AutoCloseable {

    private final StubServer server;
    private final StubAdmin admin;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ReportSchedulesStub(StubServer server) {
        this.server = server;
        this.admin = StubAdmin.of(server.uri());
    }

    /** The command line's defaults, but on a free port (0), so tests never collide over one. */
    public static StubSettings defaultSettings() {
        return StubSettings.onPort(0);
    }

    /** With the default settings on a free port. */
    public static ReportSchedulesStub start() {
        return start(defaultSettings());
    }

    /** With the defaults on a free port, as this changes them (keys, modes, seed data...). */
    public static ReportSchedulesStub start(UnaryOperator<StubSettings> customizer) {
        return start(customizer.apply(defaultSettings()));
    }

    /**
     * With exactly these settings.
     *
     * @throws java.io.UncheckedIOException when the stub cannot listen where the settings say
     * @throws IllegalArgumentException when the host is neither an IP literal nor a name that resolves
     */
    public static ReportSchedulesStub start(StubSettings settings) {
        return new ReportSchedulesStub(StubServer.start(settings));
    }

    /** Plain HTTP base URL, without a trailing slash: http://127.0.0.1:PORT. Both dialects and /__admin live under it. */
    public URI baseUri() {
        return server.uri();
    }

    /** The HTTPS base URL, when the settings asked for HTTPS. */
    public Optional<URI> httpsUri() {
        return server.httpsUri();
    }

    /** The certificate HTTPS clients are shown, for a trust store, when the stub serves HTTPS. */
    public Optional<X509Certificate> certificate() {
        return server.certificate();
    }

    /** The stub's admin API: reset, clock, request journal, Amazon Pay keys. */
    public StubAdmin admin() {
        return admin;
    }

    /** Stops listening at once; closing again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
        }
    }

    @Override
    public String toString() {
        return "ReportSchedulesStub[" + baseUri() + httpsUri().map(https -> ", " + https).orElse("") + "]";
    }
}
