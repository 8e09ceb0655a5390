package org.reportschedules.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the parts of a request no client should send: values of every wrong kind, field and parameter
 * lists with something missing, doubled or unknown, bodies that are empty, cut or nested too deep, content types
 * that are wrong or missing, and authorization values that sign nothing.
 */
final class BadInputs {

    private BadInputs() {
    }

    /** A value of the wrong kind, size or content; the JSON ones are written as JSON, the others as text. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "null", "true", "-1", "0", "1e309", "99999999999999999999999", "NaN", "[]", "{}",
                        "_GET_NO_SUCH_REPORT_", "P0D", "PT-1S", "P99999999D", "_NEVER_", "_99_DAYS_", "0000-00-00T00:00:00Z",
                        "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "2026-11-23T25:61:61Z",
                        "2026-11-23", "1970-01-01T00:00:00.000000001Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
                        "\u0000", "\r\n", "\uFEFF", "\uD83D\uDE00", "\u202E", "%00", "%zz", "<x/>", "]]>", "&amp;", "'\";--"),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(5_000).ofMaxLength(40_000),
                Arbitraries.strings().withChars('\u0000', '\u001F', '\u007F', '\u0085', '\u2028', '\uFFFF').ofMaxLength(8));
    }

    /** A JSON value of any type, sometimes a deeply nested one. */
    static Arbitrary<String> jsonValue() {
        return Arbitraries.oneOf(
                text().map(BadInputs::quoted),
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "1e400", "123456789012345678901234567890", "[]", "{}", "[null]",
                        "{\"a\":1}"),
                Arbitraries.integers().between(50, 5_000).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(50, 3_000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
    }

    /** A JSON object from valid fields: some dropped, changed, doubled, or joined by unknown ones; sometimes no object at all. */
    static Arbitrary<String> jsonBody(Map<String, String> validFields) {
        Arbitrary<String> mutated = Arbitraries.integers().between(0, 7).flatMap(kind -> mutatedFields(validFields, kind));
        Arbitrary<String> notAnObject = Arbitraries.oneOf(jsonValue(), Arbitraries.of("", "{", "{\"reportType\":", "{,}", "{\"a\" 1}",
                "\uFEFF{}", "{}garbage", "{} {}", "{'a':1}", "/* */{}"));
        Arbitrary<String> truncated = mutated.flatMap(json -> Arbitraries.integers().between(0, Math.max(0, json.length() - 1))
                .map(cut -> json.substring(0, cut)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutated), net.jqwik.api.Tuple.of(2, notAnObject), net.jqwik.api.Tuple.of(2, truncated));
    }

    private static Arbitrary<String> mutatedFields(Map<String, String> valid, int kind) {
        List<String> names = new ArrayList<>(valid.keySet());
        Arbitrary<String> name = names.isEmpty() ? Arbitraries.just("reportType") : Arbitraries.of(names);
        return Combinators.combine(name, jsonValue(), text()).as((field, value, unknown) -> {
            Map<String, String> fields = new LinkedHashMap<>(valid);
            StringBuilder extra = new StringBuilder();
            switch (kind) {
                case 0 -> fields.remove(field);
                case 1 -> fields.put(field, value);
                case 2 -> extra.append(quoted(field)).append(':').append(value);
                case 3 -> fields.put(unknown.isEmpty() ? "unknownField" : unknown, value);
                case 4 -> fields.clear();
                case 5 -> fields.replaceAll((k, v) -> value);
                case 6 -> fields.put(field, "null");
                default -> {
                    // all valid: the generator may make an acceptable request
                }
            }
            StringBuilder json = new StringBuilder("{");
            fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(quoted(k)).append(':').append(v));
            if (extra.length() > 0) {
                json.append(json.length() > 1 ? "," : "").append(extra);
            }
            return json.append('}').toString();
        });
    }

    /** Query or form parameters from valid ones: some dropped, changed, doubled, unknown. Values are percent-encoded or raw. */
    static Arbitrary<List<Map.Entry<String, String>>> parameters(Map<String, String> valid, List<String> optionalNames) {
        List<String> names = new ArrayList<>(valid.keySet());
        names.addAll(optionalNames);
        Arbitrary<String> name = names.isEmpty() ? text() : Arbitraries.oneOf(Arbitraries.of(names), text());
        return Combinators.combine(Arbitraries.integers().between(0, 5), name, text()).as((kind, field, value) -> {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            valid.forEach((k, v) -> out.add(Map.entry(k, v)));
            switch (kind) {
                case 0 -> out.removeIf(e -> e.getKey().equals(field));
                case 1 -> {
                    out.removeIf(e -> e.getKey().equals(field));
                    out.add(Map.entry(field, value));
                }
                case 2 -> out.add(Map.entry(field, value));
                case 3 -> out.clear();
                case 4 -> out.add(Map.entry(field, value));
                default -> {
                    // all valid
                }
            }
            return out;
        });
    }

    /** A content type: the right one, a wrong one, a broken one, or none. */
    static Arbitrary<String> contentType(String right) {
        return Arbitraries.of(right, right, right + "; charset=UTF-8", "", "text/plain", "application/xml", "application/json",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "*/*", "json", "application/json; charset=EBCDIC",
                "application/json;;;", "\u0001", "a/b/c");
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }
}
