package org.reportschedules.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;

import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** A running stub: Jersey on Grizzly, with its state in memory. Start one, use {@link #uri()}, then close it. */
public final class StubServer implements AutoCloseable {

    static {
        // Jersey and Grizzly log through java.util.logging; route it to the same SLF4J output.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    private final HttpServer http;
    private final URI uri;

    private StubServer(HttpServer http, URI uri) {
        this.http = http;
        this.uri = uri;
    }

    public static StubServer start(StubSettings settings) {
        URI requested = URI.create("http://" + settings.host() + ":" + settings.port() + "/");
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(requested, false);
        GrizzlyHttpContainer jersey = ContainerFactory.createContainer(GrizzlyHttpContainer.class,
                new StubApplication(settings));
        http.getServerConfiguration().addHttpHandler(new UnsafeUriRepair(jersey),
                HttpHandlerRegistration.builder().contextPath("").build());
        IgnoreUpgradeOffers.installOn(http); // java.net.http.HttpClient offers h2c; Grizzly would hang on the body
        try {
            http.start();
        } catch (IOException | UnresolvedAddressException e) {
            http.shutdownNow();
            IOException cause = e instanceof IOException io ? io : new IOException("unknown host " + settings.host(), e);
            throw new UncheckedIOException("Cannot listen on " + settings.host() + ":" + settings.port(), cause);
        }
        NetworkListener listener = http.getListeners().iterator().next();
        return new StubServer(http, URI.create("http://" + settings.host() + ":" + listener.getPort()));
    }

    /** Base URL without a trailing slash, e.g. http://127.0.0.1:8080. */
    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
