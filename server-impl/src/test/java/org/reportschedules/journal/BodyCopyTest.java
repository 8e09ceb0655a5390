package org.reportschedules.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BodyCopyTest {

    @Test
    void aBodyNeverSeenIsNone() {
        assertEquals(CutBody.NONE, new BodyCopy().cut());
    }

    @Test
    void aSmallBodyIsKeptWhole() {
        BodyCopy copy = new BodyCopy();
        byte[] body = "{\"reportType\":\"_GET_ORDERS_DATA_\"}".getBytes(StandardCharsets.UTF_8);
        copy.seen(body, 0, 5);
        copy.seen(body[5]);
        copy.seen(body, 6, body.length - 6);
        assertEquals(new CutBody(new String(body, StandardCharsets.UTF_8), false, body.length), copy.cut());
    }

    @Test
    void aLargeBodyKeepsItsFirstBytesWhateverTheChunksItCameIn() {
        byte[] body = new byte[3 * CutBody.KEPT_BYTES + 17];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + i % 26);
        }
        Random chunks = new Random(13);
        BodyCopy copy = new BodyCopy();
        int at = 0;
        while (at < body.length) {
            int count = Math.min(body.length - at, chunks.nextInt(700));
            if (count == 1) {
                copy.seen(body[at]);
            } else {
                copy.seen(body, at, count);
            }
            at += count;
        }
        CutBody cut = copy.cut();
        assertEquals(new String(body, 0, CutBody.KEPT_BYTES, StandardCharsets.US_ASCII), cut.text());
        assertTrue(cut.truncated());
        assertEquals(body.length, cut.length());
    }
}
