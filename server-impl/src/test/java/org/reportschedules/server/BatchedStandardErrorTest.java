package org.reportschedules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BatchedStandardErrorTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final BatchedStandardError batched = new BatchedStandardError(written);
    private final PrintStream err = new PrintStream(batched, false, StandardCharsets.UTF_8);

    @Test
    void aFlushedLineWaitsForTheWriter() {
        err.println("2026-11-25T13:00:00.000Z INFO access - GET /v2/report-schedules 200 312us abc");
        err.flush();
        assertEquals("", text(), "nothing written at the flush itself");
        batched.writeBuffered();
        assertEquals("2026-11-25T13:00:00.000Z INFO access - GET /v2/report-schedules 200 312us abc" + System.lineSeparator(), text());
    }

    @Test
    void linesKeepTheirOrderAndNothingIsWrittenTwice() {
        for (int i = 0; i < 1000; i++) {
            err.println("line " + i);
            err.flush();
            if (i % 97 == 0) {
                batched.writeBuffered();
            }
        }
        batched.writeBuffered();
        batched.writeBuffered();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            expected.append("line ").append(i).append(System.lineSeparator());
        }
        assertEquals(expected.toString(), text());
    }

    @Test
    void aLinePrintedWithoutAFlushIsWrittenToo() {
        // As the command's own messages are (System.err.println, then exit): they were lost at first.
        err.println("Cannot use the data directory d: stub.db is not a readable SQLite database");
        batched.writeBuffered();
        assertEquals("Cannot use the data directory d: stub.db is not a readable SQLite database" + System.lineSeparator(), text());
    }

    @Test
    void aQueuedLineComesBeforeWhatIsPrintedAfterIt() {
        batched.queue(bytes("2026-11-25T13:00:00.000Z INFO access - GET /v2/report-schedules 200 312us abc"));
        err.println("2026-11-25T13:00:00.001Z WARN org.glassfish.grizzly - something after the request");
        batched.queue(bytes("2026-11-25T13:00:00.002Z INFO access - GET /v2/report-schedules 200 298us def"));
        batched.writeBuffered();
        assertEquals(String.join("", lineOf("2026-11-25T13:00:00.000Z INFO access - GET /v2/report-schedules 200 312us abc"),
                lineOf("2026-11-25T13:00:00.001Z WARN org.glassfish.grizzly - something after the request"),
                lineOf("2026-11-25T13:00:00.002Z INFO access - GET /v2/report-schedules 200 298us def")), text());
    }

    @Test
    void queuedLinesBeyondTheBoundAreWrittenWithoutWaitingForTheWriter() {
        byte[] line = bytes("x".repeat(999));
        int lines = BatchedStandardError.MOST_QUEUED_BYTES / line.length + 1;
        for (int i = 0; i < lines; i++) {
            batched.queue(line);
        }
        assertEquals(lines * line.length, written.size(), "all written by the line that went past the bound");
        batched.queue(line);
        assertEquals(lines * line.length, written.size(), "the next one waits again");
    }

    private static byte[] bytes(String line) {
        return lineOf(line).getBytes(StandardCharsets.UTF_8);
    }

    private static String lineOf(String line) {
        return line + System.lineSeparator();
    }

    private String text() {
        return written.toString(StandardCharsets.UTF_8);
    }
}
