package org.reportschedules.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the stub logs while it is open. The stub logs through slf4j-simple, which writes each line to whatever
 * System.err is at that moment (its output stream is not cached), and Jersey's and Grizzly's own
 * java.util.logging records are bridged to the same place; so standing in for System.err sees every line.
 */
final class CapturedLog implements AutoCloseable {

    /** The access log's line (AccessLog): time, level, logger, method, path as received, status, micros, request id. */
    private static final Pattern REQUEST_LINE = Pattern.compile(
            "\\S+ INFO access - (GET|POST|PUT|DELETE) /\\S* \\d{3} \\d+us [\\w-]+");

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private CapturedLog() {
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    static CapturedLog start() {
        return new CapturedLog();
    }

    /** Every line written so far. */
    List<String> lines() {
        synchronized (captured) {
            String text = captured.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R"));
        }
    }

    /** The lines that are not an access-log request line (a warning, an error, a stack trace's lines). */
    List<String> otherThanRequestLines() {
        return lines().stream().filter(line -> !REQUEST_LINE.matcher(line).matches()).toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
