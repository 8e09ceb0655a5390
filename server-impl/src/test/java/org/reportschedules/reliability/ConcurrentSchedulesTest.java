package org.reportschedules.reliability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many clients creating, replacing and cancelling schedules of the same report types at once, through both
 * dialects at once, over HTTP, while observers list them. The stub never lets one merchant act through both
 * dialects (a Pay merchant and an MWS seller are different merchants), so half the writers use Amazon Pay on
 * one merchant and half use MWS on one seller, side by side on the same stub, its shared ids and store. Checked:
 * at every observation at most one schedule per report type; every acknowledged write is reflected or
 * superseded (see {@link AcknowledgedWrites}); schedule ids never repeat; nothing is logged but request lines.
 *
 * <p>Size: {@code -Dreliability.threads} writers (32) of {@code -Dreliability.operations} operations each
 * ({@value #DEFAULT_OPERATIONS} in the build; the README's figures come from 1000). The figures are printed,
 * never asserted.
 */
class ConcurrentSchedulesTest {

    private static final int DEFAULT_OPERATIONS = 1000;
    private static final int THREADS = Integer.getInteger("reliability.threads", 32);
    private static final int OPERATIONS = Integer.getInteger("reliability.operations", DEFAULT_OPERATIONS);

    private static final String PAY_MERCHANT = "LIVE-ACONCURRENTMERCHANT";
    private static final String MWS_SELLER = "ACONCURRENTSELLER";
    private static final List<String> PAY_TYPES = List.of("_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_",
            "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_");
    private static final List<String> MWS_TYPES = List.of("_GET_ORDERS_DATA_", "_GET_FLAT_FILE_ORDERS_DATA_",
            "_GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_");
    private static final Pattern MWS_SCHEDULE = Pattern.compile(
            "<ReportSchedule><ReportType>([^<]+)</ReportType><Schedule>[^<]+</Schedule><ScheduledDate>([^<]+)</ScheduledDate></ReportSchedule>");

    private final ObjectMapper json = new ObjectMapper();
    private final StubSettings settings = StubSettings.onPort(0)
            // Throttling off: MWS allows ManageReportSchedule a burst of 10, then one per 45 s; enforced, it would
            // refuse nearly every write, and this run is about the state under contention, not the quotas.
            .withMws(StubCalls.mwsVerifyingSignatures(MwsSettings.Throttling.OFF));

    private final AcknowledgedWrites payWrites = new AcknowledgedWrites();
    private final AcknowledgedWrites mwsWrites = new AcknowledgedWrites();
    private final Set<String> payIds = ConcurrentHashMap.newKeySet();
    private final Map<String, String> latestPayIdByType = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicLong observations = new AtomicLong();
    private final AtomicLong operations = new AtomicLong();
    /**
     * Far enough ahead that no schedule fires during the run (firing moves the dates the checks compare); whole
     * seconds, as both dialects answer dates.
     */
    private final Instant future = settings.clock().instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    private final AtomicLong distinctDates = new AtomicLong();
    private StubCalls calls;

    @Test
    void schedulesStayOnePerTypeAndAcknowledgedWritesHold() throws Exception {
        List<String> logged;
        long elapsedNanos;
        try (StubServer stub = StubServer.start(settings)) {
            calls = new StubCalls(stub.uri(), settings.clock());
            try (CapturedLog log = CapturedLog.start()) {
                AtomicBoolean writing = new AtomicBoolean(true);
                CountDownLatch go = new CountDownLatch(1);
                List<Thread> writers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    Random random = new Random(t);
                    Runnable work = t % 2 == 0 ? () -> payWriter(random) : () -> mwsWriter(random);
                    writers.add(started(() -> awaitThen(go, work)));
                }
                List<Thread> observers = List.of(
                        started(() -> awaitThen(go, () -> observe(writing, this::observePay))),
                        started(() -> awaitThen(go, () -> observe(writing, this::observeMws))));
                long started = System.nanoTime();
                go.countDown();
                for (Thread writer : writers) {
                    writer.join();
                }
                elapsedNanos = System.nanoTime() - started;
                writing.set(false);
                for (Thread observer : observers) {
                    observer.join();
                }
                checkFinalStates();
                logged = log.otherThanRequestLines();
                assertEquals(operations.get() + observations.get(), log.lines().size(), "one line per request");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, the first: " + problems.stream().limit(10).toList());
        assertTrue(logged.isEmpty(), "logged besides request lines: " + logged.stream().limit(20).toList());
        double seconds = elapsedNanos / 1e9;
        System.out.printf("Concurrency: %d threads x %d operations = %d writes in %.1f s (%.0f writes/s), %d observations, "
                        + "%d acknowledged Pay writes, %d acknowledged MWS writes, %d Pay schedule ids, none repeated%n",
                THREADS, OPERATIONS, operations.get(), seconds, operations.get() / seconds, observations.get(),
                payWrites.count(), mwsWrites.count(), payIds.size());
    }

    /** Amazon Pay: create (refused while the type is scheduled), replace (deleteExistingSchedule), cancel. */
    private void payWriter(Random random) {
        for (int i = 0; i < OPERATIONS; i++) {
            String type = PAY_TYPES.get(random.nextInt(PAY_TYPES.size()));
            double choice = random.nextDouble();
            String toCancel = latestPayIdByType.get(type);
            if (choice < 0.3 && toCancel != null) {
                cancelPay(type, toCancel);
            } else {
                createPay(type, choice < 0.65);
            }
            operations.incrementAndGet();
        }
    }

    private void createPay(String type, boolean replace) {
        String body = "{\"reportType\":\"" + type + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\""
                + PayDateTimes.format(future) + "\"" + (replace ? ",\"deleteExistingSchedule\":true" : "") + "}";
        long sent = payWrites.tick();
        HttpResponse<String> answer = calls.pay("POST", "/v2/report-schedules", PAY_MERCHANT, body);
        long acknowledged = payWrites.tick();
        if (answer.statusCode() == 201) {
            String id = read(answer).get("reportScheduleId").asText();
            if (!payIds.add(id)) {
                problems.add("schedule id " + id + " was given twice");
            }
            latestPayIdByType.put(type, id);
            payWrites.record(type, sent, acknowledged, Optional.of(id));
        } else if (replace || answer.statusCode() != 400 || !answer.body().contains("\"InvalidRequest\"")) {
            problems.add("create (replace " + replace + "): " + answer.statusCode() + " " + answer.body());
        }
    }

    private void cancelPay(String type, String id) {
        long sent = payWrites.tick();
        HttpResponse<String> answer = calls.pay("DELETE", "/v2/report-schedules/" + id, PAY_MERCHANT, null);
        long acknowledged = payWrites.tick();
        if (answer.statusCode() == 200) {
            payWrites.record(type, sent, acknowledged, Optional.empty());
        } else if (answer.statusCode() != 404) {
            problems.add("cancel " + id + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** MWS ManageReportSchedule: sets the type's schedule (a date no other write uses), or deletes it with _NEVER_. */
    private void mwsWriter(Random random) {
        for (int i = 0; i < OPERATIONS; i++) {
            String type = MWS_TYPES.get(random.nextInt(MWS_TYPES.size()));
            boolean delete = random.nextDouble() < 0.3;
            Instant date = future.plusSeconds(distinctDates.incrementAndGet());
            Map<String, String> parameters = new LinkedHashMap<>(Map.of("ReportType", type));
            if (delete) {
                parameters.put("Schedule", "_NEVER_");
            } else {
                parameters.put("Schedule", "_1_DAY_");
                parameters.put("ScheduleDate", date.toString());
            }
            long sent = mwsWrites.tick();
            HttpResponse<String> answer = calls.mws(MWS_SELLER, "ManageReportSchedule", parameters);
            long acknowledged = mwsWrites.tick();
            if (answer.statusCode() == 200) {
                mwsWrites.record(type, sent, acknowledged, delete ? Optional.empty() : Optional.of(date.toString()));
            } else {
                problems.add("ManageReportSchedule: " + answer.statusCode() + " " + answer.body());
            }
            operations.incrementAndGet();
        }
    }

    private void observe(AtomicBoolean writing, Runnable observation) {
        while (writing.get()) {
            observation.run();
        }
    }

    /** Lists the Pay merchant's schedules: at most one per type, and only ids the stub has handed out. */
    private Map<String, Optional<String>> observePay() {
        HttpResponse<String> answer = calls.pay("GET", "/v2/report-schedules", PAY_MERCHANT, null);
        observations.incrementAndGet();
        Map<String, Optional<String>> byType = emptyStates(PAY_TYPES);
        if (answer.statusCode() != 200) {
            problems.add("Pay list: " + answer.statusCode() + " " + answer.body());
            return byType;
        }
        for (JsonNode schedule : read(answer).get("reportSchedules")) {
            String type = schedule.get("reportType").asText();
            String id = schedule.get("reportScheduleId").asText();
            if (byType.put(type, Optional.of(id)).isPresent()) {
                problems.add("two Pay schedules of " + type + " at once: " + answer.body());
            }
            latestPayIdByType.put(type, id);
        }
        return byType;
    }

    /** Lists the MWS seller's schedules: at most one per type. */
    private Map<String, Optional<String>> observeMws() {
        HttpResponse<String> answer = calls.mws(MWS_SELLER, "GetReportScheduleList", Map.of());
        observations.incrementAndGet();
        Map<String, Optional<String>> byType = emptyStates(MWS_TYPES);
        if (answer.statusCode() != 200) {
            problems.add("MWS list: " + answer.statusCode() + " " + answer.body());
            return byType;
        }
        Matcher schedule = MWS_SCHEDULE.matcher(answer.body());
        while (schedule.find()) {
            String date = OffsetDateTime.parse(schedule.group(2)).toInstant().toString();
            if (byType.put(schedule.group(1), Optional.of(date)).isPresent()) {
                problems.add("two MWS schedules of " + schedule.group(1) + " at once: " + answer.body());
            }
        }
        return byType;
    }

    private void checkFinalStates() {
        Map<String, Optional<String>> pay = observePay();
        Map<String, Optional<String>> mws = observeMws();
        pay.values().forEach(state -> state.filter(id -> !payIds.contains(id))
                .ifPresent(id -> problems.add("listed schedule " + id + " that no create acknowledged")));
        payWrites.violations(pay).forEach((type, why) -> problems.add("Pay " + type + " " + why));
        mwsWrites.violations(mws).forEach((type, why) -> problems.add("MWS " + type + " " + why));
    }

    private static Map<String, Optional<String>> emptyStates(List<String> types) {
        Map<String, Optional<String>> states = new LinkedHashMap<>();
        types.forEach(type -> states.put(type, Optional.empty()));
        return states;
    }

    private JsonNode read(HttpResponse<String> answer) {
        try {
            return json.readTree(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + answer.body(), e);
        }
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    /** Runs the work once every thread is ready; a failure (a dropped connection, say) becomes a problem, not a silent thread death. */
    private void awaitThen(CountDownLatch go, Runnable work) {
        try {
            go.await();
            work.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            problems.add(Thread.currentThread().getName() + " stopped: " + e);
        }
    }
}
