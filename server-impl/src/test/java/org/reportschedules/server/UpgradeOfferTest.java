package org.reportschedules.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests offering a protocol upgrade are answered as plain HTTP/1.1 (see {@link IgnoreUpgradeOffers}). Every wait is
 * bounded by 5 s, so a regression fails fast instead of waiting for Grizzly's 30 s body timeout.
 */
class UpgradeOfferTest {

    private static final String CREATE = """
            {"reportType":"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_","scheduleFrequency":"P1D","nextReportCreationTime":"20221118T150630Z"}""";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private StubServer stub;

    @BeforeEach
    void start() throws Exception {
        stub = StubServer.start(StubSettings.onPort(0));
        // Warm Jersey up with a plain HTTP/1.1 request (no upgrade offer), so the 5 s bounds below only time the
        // requests under test, not the first request's one-off initialisation on a loaded machine.
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request("/v2/report-schedules").timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void postFromTheDefaultJdkClientOfferingH2cIsCreated() throws Exception {
        // A new client at the default version HTTP_2 offers "Upgrade: h2c" on its first cleartext request.
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> created = client.send(request("/v2/report-schedules")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(HttpClient.Version.HTTP_1_1, created.version());
        assertTrue(created.body().contains("reportScheduleId"), created.body());

        // The connection stays usable for the next request.
        HttpResponse<String> listed = client.send(request("/v2/report-schedules").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), listed.body());
    }

    @Test
    void getFromTheDefaultJdkClientOfferingH2cIsAnswered() throws Exception {
        HttpResponse<String> listed = HttpClient.newHttpClient().send(request("/v2/report-schedules").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(HttpClient.Version.HTTP_1_1, listed.version());
    }

    @Test
    void rawPostsOfferingUpgradesAreAnsweredOverHttp11OnAKeptAliveConnection() throws Exception {
        try (Socket socket = new Socket(stub.uri().getHost(), stub.uri().getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] body = CREATE.getBytes(StandardCharsets.UTF_8);

            // The JDK client's h2c offer, with a Content-Length body; the header block sent in two writes.
            write(out, "POST /v2/report-schedules HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n");
            out.flush();
            Thread.sleep(50);
            write(out, "Upgrade: h2c\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n");
            out.write(body);
            out.flush();
            assertEquals("HTTP/1.1 201 Created", readResponse(in));

            // A websocket-style offer with a chunked body (another report type), on the same connection.
            String other = CREATE.replace("_REFUND_DATA_", "_ORDER_REFERENCE_DATA_");
            write(out, "POST /v2/report-schedules HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\n"
                    + "Upgrade: websocket\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(other.length()) + "\r\n" + other + "\r\n0\r\n\r\n");
            out.flush();
            assertEquals("HTTP/1.1 201 Created", readResponse(in));

            // And a GET offering an upgrade, still on the same connection.
            write(out, "GET /v2/report-schedules HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: h2c\r\n\r\n");
            out.flush();
            assertEquals("HTTP/1.1 200 OK", readResponse(in));
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(stub.uri() + path)).timeout(TIMEOUT);
    }

    private static void write(OutputStream out, String ascii) throws IOException {
        out.write(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads one whole response (Content-Length or chunked) and returns its status line. */
    private static String readResponse(InputStream in) throws IOException {
        String status = readLine(in);
        long length = -1;
        boolean chunked = false;
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (int size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16)) {
                in.readNBytes(size);
                readLine(in);
            }
            while (!readLine(in).isEmpty()) {
                // trailers
            }
        } else if (length > 0) {
            in.readNBytes((int) length);
        }
        return status;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("Connection closed after: " + line.toString(StandardCharsets.US_ASCII));
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
