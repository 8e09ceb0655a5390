package org.reportschedules.reliability;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The acknowledged writes of a concurrent run, per report type, and which final states they allow.
 *
 * <p>Each write takes a tick from one counter just before it is sent and another just after its answer
 * arrives. Answers of concurrent writes can arrive in another order than the stub applied them, so "the last
 * acknowledged write wins" would be unsound. What is sound: a write sent after another write's answer
 * arrived was certainly applied after it (it superseded it). Every write recorded here decides its report
 * type's state on its own (a create or replace leaves its schedule, a cancel or {@code _NEVER_} leaves none);
 * refusals and misses change nothing and are not recorded. So the write the stub applied last is one that no
 * recorded write superseded, and the final state must be the effect of one of those unsuperseded writes. A
 * lost write, a refusal that changed something, or a phantom schedule leaves a final state outside that set.
 */
final class AcknowledgedWrites {

    /** A write's effect on its report type: the schedule it left (by id or date), or empty when it left none. */
    record Write(String reportType, long sent, long acknowledged, Optional<String> leaves) {
    }

    private final AtomicLong ticks = new AtomicLong();
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();

    /** A tick for "just before sending" or "just after the answer". */
    long tick() {
        return ticks.incrementAndGet();
    }

    void record(String reportType, long sent, long acknowledged, Optional<String> leaves) {
        writes.add(new Write(reportType, sent, acknowledged, leaves));
    }

    int count() {
        return writes.size();
    }

    /** The states the report type may end in: the effects of its writes no other write superseded (none: never written). */
    Set<Optional<String>> allowedFinalStates(String reportType) {
        List<Write> ofType = writes.stream().filter(w -> w.reportType().equals(reportType)).toList();
        if (ofType.isEmpty()) {
            return Set.of(Optional.empty());
        }
        long lastSent = ofType.stream().mapToLong(Write::sent).max().orElseThrow();
        // Superseded by some write exactly when the latest-sent write of the type was sent after its answer.
        return ofType.stream()
                .filter(w -> lastSent <= w.acknowledged())
                .map(Write::leaves)
                .collect(Collectors.toSet());
    }

    /** Per report type, the final state observed when it is not one the writes allow. */
    Map<String, String> violations(Map<String, Optional<String>> finalStates) {
        Map<String, String> found = new ConcurrentHashMap<>();
        finalStates.forEach((type, state) -> {
            Set<Optional<String>> allowed = allowedFinalStates(type);
            if (!allowed.contains(state)) {
                found.put(type, "ended as " + state.orElse("nothing") + ", allowed: " + allowed);
            }
        });
        return found;
    }
}
