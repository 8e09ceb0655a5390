package org.reportschedules.conformance;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Report documents in either API are flat files: a header row naming the columns, then one row per record. The
 * suite judges only the header row: what the rows hold depends on the merchant's data.
 */
public final class FlatFiles {

    /** A column's name, as opposed to a value: it starts with a letter (a date, an amount or an id of digits does not). */
    private static final Pattern COLUMN_NAME = Pattern.compile("\\p{L}[^\\r\\n]*");
    /** A CSV field may be quoted: "SettlementId". */
    private static final Pattern QUOTED = Pattern.compile("^\"(.*)\"$");

    private FlatFiles() {
    }

    /** Fails unless the body's first line names two or more distinct columns, separated by {@code separator}. */
    public static void assertHeaderRow(String body, String separator, Supplier<String> describe) {
        // A byte-order mark may lead a file written for spreadsheets; it is no part of the first column's name.
        String firstLine = body.lines().findFirst().orElse("").replaceFirst("^\uFEFF", "");
        List<String> columns = Arrays.stream(firstLine.split(Pattern.quote(separator), -1))
                .map(String::strip)
                .map(column -> QUOTED.matcher(column).replaceFirst("$1"))
                .toList();
        assertTrue(columns.size() >= 2, () -> "No header row of columns separated by " + printable(separator) + "; " + describe.get());
        columns.forEach(column -> assertTrue(COLUMN_NAME.matcher(column).matches(),
                () -> "The first line is no header row: '" + column + "' names no column; " + describe.get()));
        assertEquals(columns.size(), new HashSet<>(columns).size(), () -> "The header row names a column twice; " + describe.get());
    }

    private static String printable(String separator) {
        return separator.equals("\t") ? "tabs" : "'" + separator + "'";
    }
}
