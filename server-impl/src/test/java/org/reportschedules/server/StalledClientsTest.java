package org.reportschedules.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slow, stalled and idle clients against short limits (a 2 s idle timeout; 8 s for the 300 stalled heads): each is cut by the server, and a normal
 * client is answered meanwhile. Latencies and the time until a cut are printed as figures, never asserted; the only
 * bounds asserted are generous ones (a cut within {@link #CUT_WITHIN}), so a loaded machine cannot fail them.
 */
class StalledClientsTest {

    private static final Duration IDLE = Duration.ofSeconds(2);
    /** Longer, so the normal client's requests all fall while the 300 heads are still stalled. */
    private static final Duration STALL_IDLE = Duration.ofSeconds(8);
    private static final int CUT_WITHIN_MILLIS = 20_000;
    private static final Duration CUT_WITHIN = Duration.ofMillis(CUT_WITHIN_MILLIS);
    private static final String LIST = "GET /v2/report-schedules HTTP/1.1\r\nHost: localhost\r\n";
    private static final int NORMAL_REQUESTS = 200;

    @Test
    void threeHundredStalledHeadsDelayNoOneAndAreCutAfterTheIdleTimeout() throws Exception {
        try (StubServer stub = start(ServerLimits.defaults().withIdleTimeout(STALL_IDLE))) {
            int port = stub.uri().getPort();
            long[] before = warmedUpTimes(port);
            long stallStart = System.nanoTime();
            List<Socket> stalled = threeHundredSending(port, i -> i % 2 == 0 ? "GET /v2/report-sch" : LIST + "X-Half: ");
            long[] during = timedRequests(port, NORMAL_REQUESTS);
            long duringEnd = System.nanoTime();
            long lastCut = awaitEveryCut(stalled);
            System.out.printf("StalledClientsTest: %d GETs before the stall p50 %.2f ms p99 %.2f ms; during 300 stalled heads p50 %.2f ms"
                            + " p99 %.2f ms (measured within %d ms of the stall's start); every stalled connection cut %d ms after the stall began"
                            + " (idle timeout %d ms)%n", NORMAL_REQUESTS, percentile(before, 50), percentile(before, 99), percentile(during, 50),
                    percentile(during, 99), (duringEnd - stallStart) / 1_000_000, (lastCut - stallStart) / 1_000_000, STALL_IDLE.toMillis());
            assertTrue(answer(port).startsWith("HTTP/1.1 200"), "still serving after the stalled ones are cut");
        }
    }

    /**
     * Each head is complete and its body trickles one byte a second, well within the idle timeout: read by a worker
     * thread, such bodies held every worker and the normal client waited for as long as they trickled. Received
     * without a worker, they delay no one, and each connection is cut once its body is not complete within the idle
     * timeout after its head.
     */
    @Test
    void threeHundredTrickledBodiesDelayNoOneAndAreCutAfterTheDeadline() throws Exception {
        try (StubServer stub = start(ServerLimits.defaults().withIdleTimeout(STALL_IDLE))) {
            int port = stub.uri().getPort();
            long[] before = warmedUpTimes(port);
            long stallStart = System.nanoTime();
            List<Socket> trickling = threeHundredSending(port, i -> "POST /v2/report-schedules HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
            Thread trickler = trickle(trickling);
            try {
                long[] during = timedRequests(port, NORMAL_REQUESTS);
                long duringEnd = System.nanoTime();
                long lastCut = awaitEveryCut(trickling);
                System.out.printf("StalledClientsTest: %d GETs before p50 %.2f ms p99 %.2f ms; during 300 bodies trickled one byte a second"
                                + " p50 %.2f ms p99 %.2f ms (measured within %d ms of the trickle's start); every trickling connection cut %d ms"
                                + " after the trickle began (idle timeout %d ms)%n", NORMAL_REQUESTS, percentile(before, 50), percentile(before, 99),
                        percentile(during, 50), percentile(during, 99), (duringEnd - stallStart) / 1_000_000, (lastCut - stallStart) / 1_000_000,
                        STALL_IDLE.toMillis());
            } finally {
                trickler.interrupt();
            }
            assertTrue(answer(port).startsWith("HTTP/1.1 200"), "still serving after the trickling ones are cut");
        }
    }

    /** The normal client's sequential GETs, after as many again to warm up. */
    private static long[] warmedUpTimes(int port) throws IOException {
        timedRequests(port, NORMAL_REQUESTS);
        return timedRequests(port, NORMAL_REQUESTS);
    }

    /** 300 connections, each sent the start of a request and left open. */
    private static List<Socket> threeHundredSending(int port, IntFunction<String> start) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.getOutputStream().write(start.apply(i).getBytes(StandardCharsets.US_ASCII));
            sockets.add(socket);
        }
        return sockets;
    }

    /** Writes one more byte of a body to every socket each second, until interrupted; a socket the server closed is left. */
    private static Thread trickle(List<Socket> sockets) {
        Thread thread = new Thread(() -> {
            List<Socket> open = new ArrayList<>(sockets);
            while (!open.isEmpty() && !Thread.currentThread().isInterrupted()) {
                open.removeIf(socket -> {
                    try {
                        socket.getOutputStream().write(' ');
                        socket.getOutputStream().flush();
                        return false;
                    } catch (IOException cut) {
                        return true;
                    }
                });
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "body-trickler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Test
    void threeHundredIdleKeepAliveConnectionsAreClosedAfterTheIdleTimeout() throws Exception {
        try (StubServer stub = start(ServerLimits.defaults().withIdleTimeout(IDLE))) {
            List<Socket> idle = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Socket socket = new Socket("127.0.0.1", stub.uri().getPort());
                socket.getOutputStream().write((LIST + "\r\n").getBytes(StandardCharsets.US_ASCII));
                String head = readHead(socket.getInputStream());
                assertTrue(head.startsWith("HTTP/1.1 200"), head);
                socket.getInputStream().readNBytes(contentLength(head));
                idle.add(socket);
            }
            long start = System.nanoTime();
            long lastCut = awaitEveryCut(idle);
            System.out.printf("StalledClientsTest: 300 idle keep-alive connections all closed %d ms after the last answer (idle timeout %d ms)%n",
                    (lastCut - start) / 1_000_000, IDLE.toMillis());
            assertTrue(answer(stub.uri().getPort()).startsWith("HTTP/1.1 200"));
        }
    }

    /**
     * Grizzly's keep-alive timer runs from the connection's start (or its previous answer) until a whole head is
     * parsed, and a byte arriving does not restart it: the idle timeout is a deadline for the whole head.
     */
    @Test
    void aClientTricklingItsHeadOneByteEveryHalfSecondIsCutAfterTheDeadline() throws Exception {
        try (StubServer stub = start(ServerLimits.defaults().withIdleTimeout(IDLE));
             Socket socket = new Socket("127.0.0.1", stub.uri().getPort())) {
            byte[] trickle = (LIST + "X-Slow: " + "s".repeat(200)).getBytes(StandardCharsets.US_ASCII);
            long start = System.nanoTime();
            Thread writer = new Thread(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (byte b : trickle) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (IOException | InterruptedException cut) {
                    // the server closed the connection: the point of the test
                }
            }, "slowloris");
            writer.setDaemon(true);
            writer.start();
            assertCut(socket);
            long cut = System.nanoTime();
            writer.interrupt();
            System.out.printf("StalledClientsTest: a head trickled one byte every 500 ms was cut %d ms after its first byte (deadline %d ms)%n",
                    (cut - start) / 1_000_000, IDLE.toMillis());
            assertTrue(answer(stub.uri().getPort()).startsWith("HTTP/1.1 200"));
        }
    }

    @Test
    void beyondTheConnectionCapANewConnectionIsClosedAtOnceAndServedOnceOthersLeave() throws Exception {
        // A long idle timeout, so a quick close of the 51st connection can only be the cap's doing.
        try (StubServer stub = start(ServerLimits.defaults().withMaxConnections(50).withIdleTimeout(Duration.ofSeconds(60)))) {
            int port = stub.uri().getPort();
            List<Socket> held = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write((LIST + "\r\n").getBytes(StandardCharsets.US_ASCII));
                assertTrue(readHead(socket.getInputStream()).startsWith("HTTP/1.1 200"), "connection " + i + " is within the cap");
                held.add(socket);
            }
            try (Socket beyond = new Socket("127.0.0.1", port)) {
                beyond.getOutputStream().write((LIST + "\r\n").getBytes(StandardCharsets.US_ASCII));
                beyond.setSoTimeout(CUT_WITHIN_MILLIS);
                assertEquals(-1, readOrReset(beyond.getInputStream()), "the 51st connection is closed without an answer");
            }
            for (Socket socket : held) {
                socket.close();
            }
            assertTrue(answerOnceFree(port).startsWith("HTTP/1.1 200"), "served again once connections are free");
        }
    }

    private static StubServer start(ServerLimits limits) {
        return StubServer.start(StubSettings.onPort(0).withLimits(limits));
    }

    /** Sequential GETs on fresh connections; every one must be answered 200. Returns each one's nanoseconds. */
    private static long[] timedRequests(int port, int count) throws IOException {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            String answer = answer(port);
            nanos[i] = System.nanoTime() - start;
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        }
        return nanos;
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    private static String answer(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(CUT_WITHIN_MILLIS);
            socket.getOutputStream().write((LIST + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The server counts a connection as gone when it sees it close; until then a new one may still be refused. */
    private static String answerOnceFree(int port) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + CUT_WITHIN.toNanos();
        while (true) {
            try {
                String answer = answer(port);
                if (!answer.isEmpty() || System.nanoTime() > giveUp) {
                    return answer;
                }
            } catch (SocketException refused) {
                if (System.nanoTime() > giveUp) {
                    throw refused;
                }
            }
            Thread.sleep(100);
        }
    }

    /** Waits for the server to close each socket; returns when the last one was seen closed (System.nanoTime()). */
    private static long awaitEveryCut(List<Socket> sockets) throws IOException {
        long last = System.nanoTime();
        for (Socket socket : sockets) {
            assertCut(socket);
            last = System.nanoTime();
            socket.close();
        }
        return last;
    }

    private static void assertCut(Socket socket) throws IOException {
        socket.setSoTimeout(CUT_WITHIN_MILLIS);
        try {
            int read;
            do {
                read = readOrReset(socket.getInputStream());
            } while (read != -1);
        } catch (SocketTimeoutException notCut) {
            throw new AssertionError("the server kept the connection open for " + CUT_WITHIN.toSeconds() + " s", notCut);
        }
    }

    /** A byte, or -1 for a closed or reset connection. */
    private static int readOrReset(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (SocketTimeoutException timeout) {
            throw timeout;
        } catch (SocketException reset) {
            return -1;
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    private static int contentLength(String head) {
        return head.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                .map(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim())).findFirst().orElse(0);
    }
}
