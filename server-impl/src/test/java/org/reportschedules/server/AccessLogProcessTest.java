package org.reportschedules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access log of the stub started as users start it (the runnable jar's main method), where its lines are made
 * without slf4j-simple and queued on the batched standard error: one line per request, in slf4j-simple's format, in
 * the order the requests were answered, every one written by the stop; switched off and changed as slf4j-simple's
 * settings say.
 */
class AccessLogProcessTest {

    /** slf4j-simple's line with the bundled settings: the time (the JVM's zone), level, logger, then the message. */
    private static final Pattern LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d{2,4}) INFO access - (GET|POST|DELETE) (\\S+) (\\d{3}) \\d+us (\\S+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path temp;

    @AfterEach
    void stop() {
        started.forEach(Process::destroyForcibly);
    }

    private record Sent(String method, String path, int status, String requestId) {
    }

    @Test
    void oneLinePerRequestInOrderAllWrittenByTheStop() throws Exception {
        List<Sent> sent = new ArrayList<>();
        List<String> lines = accessLines(60, sent);
        assertEquals(sent.size(), lines.size(), String.join("\n", lines));
        for (int i = 0; i < sent.size(); i++) {
            Matcher line = LINE.matcher(lines.get(i));
            assertTrue(line.matches(), lines.get(i));
            Sent request = sent.get(i);
            assertEquals(List.of(request.method(), request.path(), Integer.toString(request.status()), request.requestId()),
                    List.of(line.group(2), line.group(3), line.group(4), line.group(5)));
        }
    }

    @Test
    void offWhenSlf4jSimpleSaysSo() throws Exception {
        assertEquals(List.of(), accessLines(5, new ArrayList<>(), "-Dorg.slf4j.simpleLogger.log.access=off"));
    }

    @Test
    void throughSlf4jSimpleWhenItsOutputSettingsAreChanged() throws Exception {
        List<String> lines = accessLines(5, new ArrayList<>(), "-Dorg.slf4j.simpleLogger.showThreadName=true");
        assertEquals(5, lines.size(), String.join("\n", lines));
        lines.forEach(line -> assertTrue(line.matches("\\S+ \\[[^]]+\\] INFO access - (GET|POST) /\\S* \\d{3} \\d+us \\S+"), line));
    }

    /** Starts the stub, sends the requests (noted in sent), stops it and returns the access-log lines it wrote. */
    private List<String> accessLines(int requests, List<Sent> sent, String... jvmFlags) throws Exception {
        Path errors = temp.resolve("err.txt");
        Process stub = start(errors, jvmFlags);
        sent.addAll(sendRequests(StubProcess.servingUri(stub), requests));
        stopAndWait(stub);
        return Files.readAllLines(errors).stream().filter(line -> line.contains(" access - ")).toList();
    }

    private Process start(Path errors, String... jvmFlags) throws Exception {
        List<String> args = new ArrayList<>(List.of(jvmFlags));
        args.addAll(List.of("--port", "0"));
        Process process = new ProcessBuilder(StubProcess.command(args.toArray(String[]::new))).redirectError(errors.toFile()).start();
        started.add(process);
        return process;
    }

    /** A GET, a create, an unknown path and an MWS call without parameters, again and again, one after another. */
    private List<Sent> sendRequests(URI stub, int count) throws Exception {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpRequest request = switch (i % 4) {
                case 0 -> HttpRequest.newBuilder(stub.resolve("/v2/report-schedules")).GET().build();
                case 1 -> HttpRequest.newBuilder(stub.resolve("/v2/report-schedules?deleteExistingSchedule=true"))
                        .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"scheduleFrequency\":\"P1D\"}")).build();
                case 2 -> HttpRequest.newBuilder(stub.resolve("/v2/nothing-here/" + i)).GET().build();
                default -> HttpRequest.newBuilder(stub.resolve("/Reports/2009-01-01")).header("content-type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("Action=GetReportScheduleCount")).build();
            };
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            String requestId = answer.headers().firstValue("x-amz-pay-request-id").or(() -> answer.headers().firstValue("x-mws-request-id"))
                    .orElseThrow();
            sent.add(new Sent(request.method(), request.uri().getRawPath(), answer.statusCode(), requestId));
        }
        return sent;
    }

    /** SIGTERM, as Ctrl-C: the stub stops and writes what it buffered. */
    private static void stopAndWait(Process stub) throws InterruptedException {
        stub.destroy();
        assertTrue(stub.waitFor(30, TimeUnit.SECONDS));
    }
}
