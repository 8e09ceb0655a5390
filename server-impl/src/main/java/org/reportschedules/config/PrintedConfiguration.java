package org.reportschedules.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The effective configuration as YAML that --config reads back: each setting, its value and, as a comment, where it
 * came from. Secrets are masked, so a printed file must have them given again; a setting nobody gave and without a
 * default is a commented-out line.
 */
public final class PrintedConfiguration {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./][A-Za-z0-9_./=+*-]*");

    /** Plain texts YAML would read as something else: null, booleans, numbers with leading zeros. */
    private static final Pattern YAML_WORDS = Pattern.compile("(?i)null|true|false|~|0[0-9xo_][0-9a-f_]*");

    private PrintedConfiguration() {
    }

    public static String of(Configuration configuration, String heading) {
        StringBuilder out = new StringBuilder("# ").append(heading).append('\n');
        for (Setting<?> setting : configuration.settings()) {
            configuration.given(setting).ifPresentOrElse(given -> {
                String value = setting.repeatable()
                        ? given.texts().stream().map(text -> scalar(setting.shown(absolute(setting, text)))).collect(Collectors.joining(", ", "[", "]"))
                        : scalar(setting.shown(absolute(setting, last(given.texts()))));
                out.append(setting.name()).append(": ").append(value).append("  # ").append(given.source().label())
                        .append(setting.secret() && !given.texts().isEmpty() ? " (secrets masked)" : "").append('\n');
            }, () -> out.append("# ").append(setting.name()).append(":  # not set: ").append(setting.unsetMeans()).append('\n'));
        }
        return out.toString();
    }

    /** Paths are printed whole, so the printed file means the same wherever it is put (its paths are read from its directory). */
    private static String absolute(Setting<?> setting, String text) {
        try {
            return switch (setting.paths()) {
                case NONE -> text;
                case WHOLE -> Path.of(text).toAbsolutePath().normalize().toString();
                case AFTER_EQUALS -> {
                    int equals = text.indexOf('=');
                    yield equals < 0 ? text : text.substring(0, equals + 1) + Path.of(text.substring(equals + 1)).toAbsolutePath().normalize();
                }
            };
        } catch (InvalidPathException e) {
            return text;
        }
    }

    private static String last(List<String> texts) {
        return texts.get(texts.size() - 1);
    }

    /** Plain when YAML reads it back as the same text; otherwise double-quoted, which YAML reads as JSON does. */
    private static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !YAML_WORDS.matcher(text).matches()) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < ' ') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
