package org.reportschedules.server;

import java.nio.charset.Charset;
import java.util.Properties;

import org.reportschedules.clock.WallClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log's lines, byte for byte as slf4j-simple writes them with the bundled simplelogger.properties
 * ({@code 2026-11-25T13:00:00.000Z INFO access - GET /v2/report-schedules 200 312us <request id>}), made on the
 * request's thread without a lock and queued on the batched standard error. Through slf4j-simple each line takes two
 * locks every request thread shares (one around its date format, one around the write), and the profile showed the
 * lines costing 6 to 8% of a GET. The logger's level still decides ({@code -Dorg.slf4j.simpleLogger.log.access=off}).
 */
final class QueuedAccessLines implements AccessLines {

    private static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.";
    private static final String SIMPLE_LOGGER_FACTORY = "org.slf4j.simple.SimpleLoggerFactory";

    private final BatchedStandardError standardError;
    private final Logger level;
    private final LogTimestamps timestamps;
    private final Charset charset = Charset.defaultCharset(); // as the PrintStream slf4j-simple prints to
    private final String lineSeparator = System.lineSeparator();

    QueuedAccessLines(BatchedStandardError standardError, Logger level, LogTimestamps timestamps) {
        this.standardError = standardError;
        this.level = level;
        this.timestamps = timestamps;
    }

    /**
     * Whether SLF4J logs through slf4j-simple with the output settings simplelogger.properties gives (to standard
     * error, dated, no thread name, the short logger name): only levels may be set by system properties.
     */
    static boolean slf4jSimpleAsBundled(Properties system) {
        if (!SIMPLE_LOGGER_FACTORY.equals(LoggerFactory.getILoggerFactory().getClass().getName())) {
            return false;
        }
        return system.stringPropertyNames().stream().filter(name -> name.startsWith(SIMPLE_LOGGER))
                .map(name -> name.substring(SIMPLE_LOGGER.length()))
                .allMatch(setting -> setting.equals("defaultLogLevel") || setting.startsWith("log."));
    }

    @Override
    public void write(String method, String path, int status, long micros, String requestId) {
        if (level.isInfoEnabled()) {
            standardError.queue(line(WallClock.millis(), method, path, status, micros, requestId).getBytes(charset));
        }
    }

    String line(long epochMillis, String method, String path, int status, long micros, String requestId) {
        StringBuilder line = new StringBuilder(96 + path.length());
        timestamps.append(epochMillis, line);
        return line.append(" INFO access - ").append(method).append(' ').append(path).append(' ').append(status).append(' ')
                .append(micros).append("us ").append(requestId).append(lineSeparator).toString();
    }
}
