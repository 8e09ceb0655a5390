package org.reportschedules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Properties;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

class QueuedAccessLinesTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final BatchedStandardError standardError = new BatchedStandardError(written);

    @Test
    void theLineIsSlf4jSimplesLineForTheSameRequest() {
        String throughSlf4j = slf4jSimpleLine("DELETE", "/v2/report-schedules/50000000000", 404, 1234, "5c0e2f0a-id");
        QueuedAccessLines queued = new QueuedAccessLines(standardError, AccessLines.LOG, LogTimestamps.inDefaultZone());
        String made = queued.line(System.currentTimeMillis(), "DELETE", "/v2/report-schedules/50000000000", 404, 1234, "5c0e2f0a-id");
        // The time differs by the moments of the two calls; its text has the same length and the rest is equal.
        int afterTime = throughSlf4j.indexOf(' ');
        assertEquals(afterTime, made.indexOf(' '), made);
        assertEquals(throughSlf4j.substring(afterTime), made.substring(afterTime));
        assertEquals(" INFO access - DELETE /v2/report-schedules/50000000000 404 1234us 5c0e2f0a-id" + System.lineSeparator(),
                made.substring(afterTime));
    }

    @Test
    void aWrittenLineIsQueuedAndWrittenWithTheBatch() {
        QueuedAccessLines queued = new QueuedAccessLines(standardError, AccessLines.LOG, new LogTimestamps(TimeZone.getTimeZone("UTC")));
        queued.write("GET", "/v2/report-schedules", 200, 312, "abc");
        assertEquals("", text(), "nothing written before the batch");
        standardError.writeBuffered();
        assertTrue(text().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO access - GET /v2/report-schedules 200 312us abc\\R"),
                text());
    }

    @Test
    void theLoggersLevelStillDecides() {
        QueuedAccessLines queued = new QueuedAccessLines(standardError, NOPLogger.NOP_LOGGER, LogTimestamps.inDefaultZone());
        queued.write("GET", "/v2/report-schedules", 200, 312, "abc");
        standardError.writeBuffered();
        assertEquals("", text());
    }

    @Test
    void onlyLevelsMaySetByPropertiesForTheLinesToBeMadeHere() {
        assertTrue(QueuedAccessLines.slf4jSimpleAsBundled(properties()));
        assertTrue(QueuedAccessLines.slf4jSimpleAsBundled(properties("org.slf4j.simpleLogger.log.access", "off",
                "org.slf4j.simpleLogger.defaultLogLevel", "warn", "user.timezone", "Europe/Berlin")));
        assertFalse(QueuedAccessLines.slf4jSimpleAsBundled(properties("org.slf4j.simpleLogger.showThreadName", "true")));
        assertFalse(QueuedAccessLines.slf4jSimpleAsBundled(properties("org.slf4j.simpleLogger.logFile", "stub.log")));
        assertFalse(QueuedAccessLines.slf4jSimpleAsBundled(properties("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm")));
    }

    /** What slf4j-simple prints for the line (it looks System.err up at each line). */
    private static String slf4jSimpleLine(String method, String path, int status, long micros, String requestId) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, Charset.defaultCharset()));
        try {
            AccessLines.THROUGH_SLF4J.write(method, path, status, micros, requestId);
        } finally {
            System.setErr(original);
        }
        return captured.toString(Charset.defaultCharset());
    }

    private static Properties properties(String... namesAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.setProperty(namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    private String text() {
        return written.toString(Charset.defaultCharset());
    }
}
