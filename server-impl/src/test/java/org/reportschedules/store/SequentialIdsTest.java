package org.reportschedules.store;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SequentialIdsTest {

    /** The shape the ids had when they were made with String.format, for any counter a run can reach. */
    @Property
    void documentIdsKeepTheirShape(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE - 1) long next) {
        SequentialIds ids = new SequentialIds();
        ids.continueFrom(new SequentialIds.Counters(0, 0, next));
        assertEquals(String.format("amzn1.tortuga.0.%08d-0000-0000-0000-%012d.%014d", next / 100_000_000L, next, next),
                ids.nextDocumentId());
    }

    @Test
    void theFirstDocumentIdAndTheWidthsEdges() {
        SequentialIds ids = new SequentialIds();
        assertEquals("amzn1.tortuga.0.00000000-0000-0000-0000-000000000001.00000000000001", ids.nextDocumentId());
        assertEquals("00000000", SequentialIds.appendZeroPadded(new StringBuilder(), 0, 8).toString());
        assertEquals("99999999", SequentialIds.appendZeroPadded(new StringBuilder(), 99_999_999, 8).toString());
        assertEquals("100000000", SequentialIds.appendZeroPadded(new StringBuilder(), 100_000_000, 8).toString());
    }
}
