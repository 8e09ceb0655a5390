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
    void aFlushedLineWaitsUntilItIsDue() {
        err.println("2026-11-25T13:00:00.000Z INFO access - GET /v2/report-schedules 200 312us abc");
        err.flush();
        assertEquals("", text(), "nothing written at the flush itself");
        batched.writeDue();
        assertEquals("2026-11-25T13:00:00.000Z INFO access - GET /v2/report-schedules 200 312us abc" + System.lineSeparator(), text());
    }

    @Test
    void linesKeepTheirOrderAndNothingIsWrittenTwice() {
        for (int i = 0; i < 1000; i++) {
            err.println("line " + i);
            err.flush();
            if (i % 97 == 0) {
                batched.writeDue();
            }
        }
        batched.writeDue();
        batched.writeDue();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            expected.append("line ").append(i).append(System.lineSeparator());
        }
        assertEquals(expected.toString(), text());
    }

    @Test
    void whatWasNotFlushedIsNotDue() {
        err.print("half a line");
        batched.writeDue();
        assertEquals("", text());
    }

    private String text() {
        return written.toString(StandardCharsets.UTF_8);
    }
}
