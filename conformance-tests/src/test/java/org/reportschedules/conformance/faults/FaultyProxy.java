package org.reportschedules.conformance.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.reportschedules.conformance.mws.MwsSigner;

/**
 * A deliberately faulty implementation: the stub behind a loopback proxy that applies one {@link Fault}.
 * The Host header is passed on as received (the test JVM allows it), so MWS signatures made for the proxy's
 * address still verify at the stub.
 */
final class FaultyProxy implements AutoCloseable {

    /** Headers that belong to one hop, or that the HTTP client sets itself. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding", "upgrade",
            "expect", "keep-alive", "te", "trailer", "http2-settings");

    private final URI stub;
    private final Fault fault;
    private final String accessKeyId;
    private final String secretKey;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** @param accessKeyId and {@code secretKey}: the MWS key the suite signs with, to sign a changed request again */
    FaultyProxy(URI stub, Fault fault, String accessKeyId, String secretKey) throws IOException {
        this.stub = stub;
        this.fault = fault;
        this.accessKeyId = accessKeyId;
        this.secretKey = secretKey;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Sends the request to the stub and puts its answer into the exchange. */
    void forward(Exchange exchange) {
        try {
            send(exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replaces the MWS form body with these parameters, signed again as the client signed for the proxy, dated
     * as the client dated them (a fault that changes one thing must not make the request stale as well).
     */
    void resign(Exchange exchange, Map<String, String> parameters) {
        Map<String, String> unsigned = new LinkedHashMap<>(parameters);
        Map<String, String> signed = new MwsSigner(uri(), exchange.rawPath, accessKeyId, secretKey,
                unsigned.getOrDefault("SignatureMethod", MwsSigner.DEFAULT_SIGNATURE_METHOD), Clock.systemUTC()).sign(unsigned);
        exchange.requestBody = signed.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private void send(Exchange exchange) throws IOException, InterruptedException {
        String query = exchange.rawQuery == null ? "" : "?" + exchange.rawQuery;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub + exchange.rawPath + query))
                .method(exchange.method, exchange.requestBody.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(exchange.requestBody));
        exchange.requestHeaders.forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        exchange.status = response.statusCode();
        exchange.responseHeaders.clear();
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                exchange.responseHeaders.put(name, new ArrayList<>(values));
            }
        });
        exchange.responseBody = response.body();
    }

    private void handle(HttpExchange http) throws IOException {
        try {
            Exchange exchange = new Exchange();
            exchange.method = http.getRequestMethod();
            exchange.rawPath = http.getRequestURI().getRawPath();
            exchange.rawQuery = http.getRequestURI().getRawQuery();
            http.getRequestHeaders().forEach((name, values) -> exchange.requestHeaders.put(name, new ArrayList<>(values)));
            exchange.requestBody = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!fault.onRequest(exchange, this)) {
                send(exchange);
            }
            fault.onResponse(exchange, this);
            byte[] body = exchange.responseBody == null ? new byte[0] : exchange.responseBody.getBytes(StandardCharsets.UTF_8);
            exchange.responseHeaders.forEach((name, values) -> http.getResponseHeaders().put(name, List.copyOf(values)));
            http.sendResponseHeaders(exchange.status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = http.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.sendResponseHeaders(502, -1);
        } finally {
            http.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
