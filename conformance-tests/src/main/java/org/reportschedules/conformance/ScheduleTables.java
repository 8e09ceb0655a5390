package org.reportschedules.conformance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cucumber.datatable.DataTable;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares the schedules a target answered with a feature's table, on the table's columns only and in any
 * order: neither API promises an order for its lists.
 */
public final class ScheduleTables {

    private ScheduleTables() {
    }

    public static void assertSameRows(DataTable expected, List<? extends Map<String, ?>> actual) {
        List<String> columns = expected.row(0);
        List<String> wanted = sorted(expected.asMaps().stream().map(row -> line(columns, row)));
        List<String> seen = sorted(actual.stream().map(row -> line(columns, row)));
        assertEquals(wanted, seen, "Schedules, compared on " + columns + " in any order");
    }

    private static String line(List<String> columns, Map<String, ?> row) {
        return columns.stream().map(c -> c + "=" + row.get(c)).collect(Collectors.joining(", "));
    }

    private static List<String> sorted(java.util.stream.Stream<String> lines) {
        return lines.sorted(Comparator.naturalOrder()).collect(Collectors.toList());
    }
}
