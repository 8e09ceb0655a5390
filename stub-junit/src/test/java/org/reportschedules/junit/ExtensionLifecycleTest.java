package org.reportschedules.junit;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.reportschedules.adminclient.RequestFilter;
import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.server.StubSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * What the extension does to a partner's test classes, checked by running example classes (the static nested
 * classes below; Surefire skips nested classes, EngineTestKit runs them here) and reading what they saw.
 */
class ExtensionLifecycleTest {

    /** What the example classes saw, by key; cleared before each run. */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();
    static final List<String> SCHEDULE_ANSWERS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void forgetWhatEarlierRunsSaw() {
        SEEN.clear();
        SCHEDULE_ANSWERS.clear();
    }

    @Test
    void eachTestStartsFromAResetStubAndTheStubStopsAfterTheClass() throws Exception {
        Events tests = run(TwoTestsThatEachCreateTheSameSchedule.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertEquals(List.of("201", "201"), SCHEDULE_ANSWERS, "the second create met no schedule left by the first");
        assertEquals(1L, SEEN.get("journal count in the second test"), "the journal was emptied before it");
        ConnectException refused = assertThrows(ConnectException.class, () -> get((URI) SEEN.get("uri"), "/__admin/health"));
        assertInstanceOf(ConnectException.class, refused);
    }

    @Test
    void aNestedClassSharesItsOuterClassStubAndLeavesItRunning() {
        Events tests = run(OuterWithNested.class);

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertEquals(SEEN.get("outer"), SEEN.get("nested"));
        assertEquals(200, SEEN.get("health after the nested class ended"));
    }

    @Test
    void classesRunInParallelEachGetTheirOwnStub() {
        Events tests = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .selectors(selectClass(FirstParallelClass.class), selectClass(SecondParallelClass.class))
                .execute().testEvents();

        tests.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertNotEquals(SEEN.get(FirstParallelClass.class.getSimpleName()), SEEN.get(SecondParallelClass.class.getSimpleName()));
    }

    @Test
    void aSettingTheStubRefusesFailsTheClassNamingTheAttribute() {
        String conflictStatus = configurationFailure(RefusedConflictStatus.class);
        String mwsKey = configurationFailure(RefusedMwsKey.class);
        String delay = configurationFailure(RefusedProcessingDelay.class);
        String adminOff = configurationFailure(AdminApiOff.class);
        String seed = configurationFailure(RefusedSeed.class);

        assertEquals("@ReportSchedulesStubTest(scheduleConflictStatus = ...) on " + RefusedConflictStatus.class.getName()
                + " is refused: The schedule conflict status must be 400 or 409, not 418", conflictStatus);
        assertTrue(mwsKey.startsWith("@ReportSchedulesStubTest(mwsKeys = ...) on "), mwsKey);
        assertTrue(mwsKey.endsWith("has no '=': expected ACCESS_KEY_ID=SECRET"), mwsKey);
        assertTrue(delay.startsWith("@ReportSchedulesStubTest(reportProcessingDelay = ...) on "), delay);
        assertTrue(delay.contains("'soon'"), delay);
        assertTrue(adminOff.contains("has its admin API off"), adminOff);
        assertTrue(seed.startsWith("@ReportSchedulesStubTest(seed = ...) on "), seed);
        assertTrue(seed.endsWith("seeds/missing.yaml: no such resource on the classpath"), seed);
    }

    private static Events run(Class<?> exampleClass) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(exampleClass)).execute().testEvents();
    }

    /** The message the class's container failed with; its tests never ran. */
    private static String configurationFailure(Class<?> exampleClass) {
        Events containers = EngineTestKit.engine("junit-jupiter").selectors(selectClass(exampleClass)).execute().containerEvents();
        Throwable failure = containers.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
        assertInstanceOf(ExtensionConfigurationException.class, failure);
        return failure.getMessage();
    }

    static int get(URI base, String path) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String createOrderReferenceSchedule(URI base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String body = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_\",\"scheduleFrequency\":\"P1D\","
                + "\"nextReportCreationTime\":\"" + PayDateTimes.format(Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS)) + "\"}";
        return Integer.toString(http.send(HttpRequest.newBuilder(URI.create(base + "/v2/report-schedules"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @ReportSchedulesStubTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class TwoTestsThatEachCreateTheSameSchedule {
        @Test
        @Order(1)
        void first(URI baseUri) throws Exception {
            SEEN.put("uri", baseUri);
            SCHEDULE_ANSWERS.add(createOrderReferenceSchedule(baseUri));
        }

        @Test
        @Order(2)
        void second(URI baseUri, StubAdmin admin) throws Exception {
            SCHEDULE_ANSWERS.add(createOrderReferenceSchedule(baseUri));
            SEEN.put("journal count in the second test", admin.countRequests(RequestFilter.all().operation("createReportSchedule")));
        }
    }

    @ReportSchedulesStubTest
    static class OuterWithNested {
        @AfterAll
        static void stillServing(URI baseUri) throws Exception {
            SEEN.put("health after the nested class ended", get(baseUri, "/__admin/health"));
        }

        @Test
        void outer(URI baseUri) {
            SEEN.put("outer", baseUri);
        }

        @Nested
        class Inner {
            @Test
            void nested(StubRuntimeInfo stub) {
                SEEN.put("nested", stub.baseUri());
            }
        }
    }

    @ReportSchedulesStubTest
    static class FirstParallelClass {
        @Test
        void port(StubRuntimeInfo stub) {
            SEEN.put(getClass().getSimpleName(), stub.port());
        }
    }

    @ReportSchedulesStubTest
    static class SecondParallelClass {
        @Test
        void port(StubRuntimeInfo stub) {
            SEEN.put(getClass().getSimpleName(), stub.port());
        }
    }

    @ReportSchedulesStubTest(scheduleConflictStatus = 418)
    static class RefusedConflictStatus {
        @Test
        void never() {
        }
    }

    @ReportSchedulesStubTest(mwsKeys = "AKIAEXAMPLE")
    static class RefusedMwsKey {
        @Test
        void never() {
        }
    }

    @ReportSchedulesStubTest(reportProcessingDelay = "soon")
    static class RefusedProcessingDelay {
        @Test
        void never() {
        }
    }

    @ReportSchedulesStubTest(seed = "seeds/missing.yaml")
    static class RefusedSeed {
        @Test
        void never() {
        }
    }

    @ReportSchedulesStubTest(settings = AdminApiOff.WithoutAdmin.class)
    static class AdminApiOff {
        @Test
        void never() {
        }

        public static final class WithoutAdmin implements UnaryOperator<StubSettings> {
            @Override
            public StubSettings apply(StubSettings settings) {
                return settings.withAdmin(StubSettings.AdminApi.OFF);
            }
        }
    }
}
