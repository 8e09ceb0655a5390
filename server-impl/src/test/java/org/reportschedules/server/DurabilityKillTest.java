package org.reportschedules.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stub as its own process, as users run it: every create it acknowledged is there after it was killed
 * with SIGKILL mid-load and started again on the same data directory, and nothing that was never sent is.
 */
class DurabilityKillTest {

    /** Acknowledged creates before the kill; more are in flight when it lands. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 2_000;
    private static final int SENDERS = 8;
    private static final List<String> REPORT_TYPES = List.of(
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_",
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_BILLING_AGREEMENT_DATA_", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_",
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path temp;

    /** One create: the merchant (by its key id) and the report type; at most one schedule per pair, so each stays. */
    private record Sent(String merchant, String reportType) {
    }

    @AfterEach
    void stopAll() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void everyAcknowledgedCreateSurvivesSigkill() throws Exception {
        Path dataDir = temp.resolve("data");
        Stub stub = start("--data-dir", dataDir.toString());
        Map<Sent, String> acknowledged = new ConcurrentHashMap<>();
        Set<Sent> sent = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            running.add(CompletableFuture.runAsync(() -> {
                while (true) {
                    int n = next.getAndIncrement();
                    Sent create = new Sent("LIVE-M" + (n / REPORT_TYPES.size()), REPORT_TYPES.get(n % REPORT_TYPES.size()));
                    sent.add(create);
                    try {
                        HttpResponse<String> reply = http.send(createRequest(stub.uri, create), HttpResponse.BodyHandlers.ofString());
                        if (reply.statusCode() == 201) {
                            acknowledged.put(create, JSON.readTree(reply.body()).get("reportScheduleId").asText());
                        }
                    } catch (IOException | InterruptedException killed) {
                        return; // the stub is gone: this create may or may not have been kept
                    }
                }
            }, senders));
        }
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            Thread.sleep(5);
        }
        stub.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no checkpoint
        stub.process.waitFor(30, TimeUnit.SECONDS);
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        senders.shutdown();
        Map<Sent, String> ackedAtKill = Map.copyOf(acknowledged);
        assertTrue(ackedAtKill.size() >= ACKNOWLEDGED_BEFORE_KILL);

        Stub restarted = start("--data-dir", dataDir.toString());
        Map<Sent, String> found = new HashMap<>();
        Set<String> merchants = new HashSet<>();
        sent.forEach(create -> merchants.add(create.merchant()));
        for (String merchant : merchants) {
            for (JsonNode schedule : schedules(restarted.uri, merchant)) {
                found.put(new Sent(merchant, schedule.get("reportType").asText()), schedule.get("reportScheduleId").asText());
            }
        }
        ackedAtKill.forEach((create, id) -> assertEquals(id, found.get(create), "acknowledged before the kill: " + create));
        assertTrue(sent.containsAll(found.keySet()), "nothing that was never sent");
        assertEquals(found.size(), Set.copyOf(found.values()).size(), "no id given twice");
        long highest = found.values().stream().mapToLong(Long::parseLong).max().orElseThrow();
        Sent after = new Sent("LIVE-AFTERRESTART", REPORT_TYPES.get(0));
        HttpResponse<String> created = http.send(createRequest(restarted.uri, after), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(Long.parseLong(JSON.readTree(created.body()).get("reportScheduleId").asText()) > highest, "ids carry on after a restart");
        System.out.printf("Kill test: %d creates acknowledged when the stub was killed (%d sent), %d found after the restart, "
                + "every acknowledged one among them%n", ackedAtKill.size(), sent.size(), found.size());
    }

    @Test
    void aDamagedDataDirectoryRefusesTheStartWithOneLine() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("damaged"));
        Files.writeString(dataDir.resolve("stub.db"), "not a database, but long enough to be taken for a damaged one".repeat(20));
        Process process = new ProcessBuilder(StubProcess.command("--port", "0", "--data-dir", dataDir.toString()))
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile()).start();
        started.add(process);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue());
        List<String> errors = Files.readAllLines(temp.resolve("err.txt")).stream().filter(line -> !line.isBlank()).toList();
        assertEquals(1, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("Cannot use the data directory " + dataDir + ": stub.db is not a readable SQLite database"),
                errors.get(0));
    }

    @Test
    void withoutADataDirectoryNothingIsWritten() throws Exception {
        Path workingDir = Files.createDirectories(temp.resolve("cwd"));
        Path tmpDir = Files.createDirectories(temp.resolve("tmp"));
        Process process = new ProcessBuilder(StubProcess.command("-Djava.io.tmpdir=" + tmpDir, "--port", "0")).directory(workingDir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        started.add(process);
        URI uri = StubProcess.servingUri(process);
        for (int i = 0; i < 5; i++) {
            assertEquals(201, http.send(createRequest(uri, new Sent("LIVE-M" + i, REPORT_TYPES.get(0))),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        try (Stream<Path> inCwd = Files.list(workingDir); Stream<Path> inTmp = Files.list(tmpDir)) {
            assertFalse(inCwd.findAny().isPresent(), "nothing in the working directory");
            assertFalse(inTmp.findAny().isPresent(), "nothing in the temporary directory");
        }
    }

    private record Stub(Process process, URI uri) {
    }

    private Stub start(String... flags) throws IOException {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--mws-throttling", "off"));
        args.addAll(List.of(flags));
        Process process = new ProcessBuilder(StubProcess.command(args.toArray(String[]::new))).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        started.add(process);
        return new Stub(process, StubProcess.servingUri(process));
    }

    private static HttpRequest createRequest(URI stub, Sent create) {
        String body = "{\"reportType\":\"" + create.reportType() + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\""
                + Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}";
        return HttpRequest.newBuilder(stub.resolve("/v2/report-schedules")).timeout(Duration.ofSeconds(30))
                .header("content-type", "application/json").header("authorization", authorization(create.merchant()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private List<JsonNode> schedules(URI stub, String merchant) throws Exception {
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(stub.resolve("/v2/report-schedules"))
                .header("authorization", authorization(merchant)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, listed.statusCode(), listed.body());
        List<JsonNode> schedules = new ArrayList<>();
        JSON.readTree(listed.body()).get("reportSchedules").forEach(schedules::add);
        return schedules;
    }

    /** Unknown keys are accepted unchecked by default: the key id names the merchant. */
    private static String authorization(String merchant) {
        return "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + merchant + ", SignedHeaders=accept, Signature=AAAA";
    }
}
