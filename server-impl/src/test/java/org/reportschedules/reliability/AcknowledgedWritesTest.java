package org.reportschedules.reliability;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The final-state check of the concurrency run: overlapping writes may end either way; a superseded one may not win. */
class AcknowledgedWritesTest {

    private final AcknowledgedWrites writes = new AcknowledgedWrites();

    @Test
    void writesInFlightTogetherMayEachBeTheLastApplied() {
        writes.record("T", 1, 4, Optional.of("a"));
        writes.record("T", 2, 3, Optional.empty());
        assertEquals(Set.of(Optional.of("a"), Optional.empty()), writes.allowedFinalStates("T"));
    }

    @Test
    void aWriteSentAfterAnotherWasAnsweredSupersedesIt() {
        writes.record("T", 1, 2, Optional.of("a"));
        writes.record("T", 3, 4, Optional.of("b"));
        assertEquals(Set.of(Optional.of("b")), writes.allowedFinalStates("T"));
        assertTrue(writes.violations(Map.of("T", Optional.of("a"))).containsKey("T"), "a lost write is caught");
        assertTrue(writes.violations(Map.of("T", Optional.of("b"))).isEmpty());
    }

    @Test
    void aTypeNeverWrittenMustEndEmpty() {
        assertTrue(writes.violations(Map.of("U", Optional.of("phantom"))).containsKey("U"));
        assertTrue(writes.violations(Map.of("U", Optional.empty())).isEmpty());
    }
}
