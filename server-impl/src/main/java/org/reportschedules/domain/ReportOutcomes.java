package org.reportschedules.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one merchant's next reports of a type will end, when a test has said so (to see how a client handles
 * FAILED or CANCELLED reports); otherwise they complete.
 */
public final class ReportOutcomes {

    private final Map<String, Deque<ProcessingStatus>> planned = new HashMap<>();

    /** The next {@code count} reports of the type end this way (after any outcomes planned before). */
    public void plan(String reportType, ProcessingStatus outcome, int count) {
        if (outcome == ProcessingStatus.IN_PROGRESS || count < 1) {
            throw new IllegalArgumentException("Plan a final outcome for at least one report: " + outcome + " x " + count);
        }
        Deque<ProcessingStatus> queue = planned.computeIfAbsent(reportType, type -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            queue.addLast(outcome);
        }
    }

    /** How the next report of the type ends; taking it uses the plan up. */
    public ProcessingStatus next(String reportType) {
        Deque<ProcessingStatus> queue = planned.get(reportType);
        return queue == null || queue.isEmpty() ? ProcessingStatus.COMPLETED : queue.removeFirst();
    }

    /** How many outcomes are still planned for the type. */
    public int pending(String reportType) {
        Deque<ProcessingStatus> queue = planned.get(reportType);
        return queue == null ? 0 : queue.size();
    }

    /** Every report type that has outcomes planned, in no particular order. */
    public List<String> plannedTypes() {
        return planned.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The outcomes still planned for the type, the next one first. */
    public List<ProcessingStatus> planned(String reportType) {
        Deque<ProcessingStatus> queue = planned.get(reportType);
        return queue == null ? List.of() : List.copyOf(queue);
    }

    /** Outcomes of their own planned the same way, to put back should a change not be kept. */
    public ReportOutcomes copy() {
        ReportOutcomes copy = new ReportOutcomes();
        planned.forEach((reportType, queue) -> copy.planned.put(reportType, new ArrayDeque<>(queue)));
        return copy;
    }
}
