package org.reportschedules.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests past the stub's limits, and a Host header Jersey cannot build a URI from: each gets its dialect's error
 * (413 for a body, 400 for a head), never Grizzly's HTML 500 or a bare 400. Each test failed before its fix: the
 * Host header with Grizzly's 500 page, the 8 MiB body with a 400, the 20 KiB query with an empty 400.
 */
class LimitsTest {

    private static final byte[] EIGHT_MIB = "a".repeat(8 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final InProcessStub stub = new InProcessStub(StubSettings.onPort(0));

    @Test
    void aHostHeaderThatIsNoHostIsRefusedInTheDialectOfThePath() throws IOException {
        for (String host : new String[] {"a\"b", "a b", "a:xx", "[::1"}) {
            assertError(send("GET /v2/report-schedules HTTP/1.1\r\nHost: " + host + "\r\n", new byte[0]), "400",
                    "\"reasonCode\":\"InvalidRequest\"");
        }
        assertError(send("POST /Reports/2009-01-01 HTTP/1.1\r\nHost: a\"b\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                "Action=GetReportCount".getBytes(StandardCharsets.US_ASCII)), "400", "<Code>InvalidParameterValue</Code>");
        assertError(send("GET /__admin/clock HTTP/1.1\r\nHost: a\"b\r\n", new byte[0]), "400", "\"code\":\"MalformedRequest\"");
    }

    @Test
    void aBodyOverOneMebibyteGets413InEachDialectDeclaredOrChunked() throws IOException {
        assertError(post("/v2/report-schedules", "application/json", false), "413", "\"reasonCode\":\"RequestEntityTooLarge\"");
        assertError(post("/v2/report-schedules", "application/json", true), "413", "\"reasonCode\":\"RequestEntityTooLarge\"");
        assertError(post("/Reports/2009-01-01", "application/x-www-form-urlencoded", false), "413", "<Code>RequestEntityTooLarge</Code>");
        assertError(post("/Reports/2009-01-01", "application/x-www-form-urlencoded", true), "413", "<Code>RequestEntityTooLarge</Code>");
        assertError(post("/__admin/clock/advance", "application/json", true), "413", "\"code\":\"PayloadTooLarge\"");
    }

    @Test
    void aHeadOverSixteenKibibytesIsRefusedInTheDialectsFormat() throws IOException {
        String longQuery = "x=" + "a".repeat(20_000);
        assertError(send("GET /v2/report-schedules?" + longQuery + " HTTP/1.1\r\nHost: localhost\r\n", new byte[0]), "400",
                "\"reasonCode\":\"InvalidRequest\"");
        assertError(send("POST /Reports/2009-01-01 HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "a".repeat(20_000) + "\r\n",
                new byte[0]), "400", "<Code>InvalidParameterValue</Code>");
    }

    @Test
    void theServerStillAnswersAfterEveryRefusal() throws IOException {
        post("/v2/report-schedules", "application/json", true);
        String answer = send("GET /v2/report-schedules HTTP/1.1\r\nHost: localhost\r\n", new byte[0]);
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }

    private static String post(String path, String contentType, boolean chunked) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType + "\r\n";
        if (!chunked) {
            return send(head, EIGHT_MIB);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes((Integer.toHexString(EIGHT_MIB.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(EIGHT_MIB);
        body.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return sendRaw(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", body.toByteArray());
    }

    private static void assertError(String answer, String status, String code) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
        assertTrue(answer.contains(code), answer);
        assertFalse(answer.contains("Exception") || answer.contains("<html"), answer);
    }

    private static String send(String head, byte[] body) throws IOException {
        return sendRaw(head + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n", body);
    }

    /** The answer as text; a server that closes while the body is still being sent has answered already. */
    private static String sendRaw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", stub.uri().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the stub answered and closed before reading the whole body; its answer is still there to read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException reset) {
                // a reset after the answer arrived
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
