package org.reportschedules.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cucumber.datatable.DataTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares the schedules a target answered with a feature's table, on the table's columns only and in any
 * order: neither API promises an order for its lists.
 */
public final class ScheduleTables {

    /** Why an answered value does not stand for a table's value, or empty when it does. */
    @FunctionalInterface
    public interface ValueRule {
        Optional<String> problem(String expected, Map<String, String> expectedRow, Map<String, ?> actualRow);
    }

    private ScheduleTables() {
    }

    public static void assertSameRows(DataTable expected, List<? extends Map<String, ?>> actual) {
        List<String> columns = expected.row(0);
        List<String> wanted = sorted(expected.asMaps().stream().map(row -> line(columns, row)));
        List<String> seen = sorted(actual.stream().map(row -> line(columns, row)));
        assertEquals(wanted, seen, "Schedules, compared on " + columns + " in any order");
    }

    /**
     * As {@link #assertSameRows(DataTable, List)}, except that the values of {@code column} are judged by
     * {@code rule} instead of compared as text: rows are paired on every other column, then each pair's
     * value in {@code column} must satisfy the rule.
     */
    public static void assertSameRows(DataTable expected, List<? extends Map<String, ?>> actual, String column, ValueRule rule) {
        List<String> columns = expected.row(0);
        if (!columns.contains(column)) {
            assertSameRows(expected, actual);
            return;
        }
        List<String> others = columns.stream().filter(c -> !c.equals(column)).toList();
        List<String> wanted = sorted(expected.asMaps().stream().map(row -> line(others, row)));
        List<String> seen = sorted(actual.stream().map(row -> line(others, row)));
        assertEquals(wanted, seen, "Schedules, compared on " + others + " in any order");

        List<Map<String, ?>> unpaired = new ArrayList<>(actual);
        for (Map<String, String> row : expected.asMaps()) {
            String key = line(others, row);
            List<Map<String, ?>> candidates = unpaired.stream().filter(a -> line(others, a).equals(key)).toList();
            Map<String, ?> match = null;
            String problem = null;
            for (Map<String, ?> candidate : candidates) {
                Optional<String> found = rule.problem(row.get(column), row, candidate);
                if (found.isEmpty()) {
                    match = candidate;
                    break;
                }
                problem = problem == null ? found.get() : problem;
            }
            if (match == null) {
                fail("Schedule " + key + ": " + column + " " + problem);
            }
            unpaired.remove(match);
        }
    }

    private static String line(List<String> columns, Map<String, ?> row) {
        return columns.stream().map(c -> c + "=" + row.get(c)).collect(Collectors.joining(", "));
    }

    private static List<String> sorted(java.util.stream.Stream<String> lines) {
        return lines.sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }
}
