package org.reportschedules.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.reportschedules.text.EchoedValue;

/** The kinds of value settings take, each with the sentence that refuses a wrong one. */
public final class ValueParsers {

    private ValueParsers() {
    }

    public static ValueParser<String> text() {
        return text -> text;
    }

    public static ValueParser<Integer> port() {
        return text -> {
            Long number = wholeNumberOrNull(text);
            if (number == null || number < 0 || number > 65535) {
                throw new IllegalArgumentException("must be a port number between 0 and 65535, not " + EchoedValue.of(text));
            }
            return number.intValue();
        };
    }

    /** A whole number from min to max; the sentence names only the bound that matters to a user. */
    public static ValueParser<Long> wholeNumber(long min, long max) {
        String range = max >= Integer.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
        return text -> {
            Long number = wholeNumberOrNull(text);
            if (number == null) {
                throw new IllegalArgumentException("must be a whole number " + range + ", not " + EchoedValue.of(text));
            }
            if (number < min || number > max) {
                throw new IllegalArgumentException("must be " + range + ", not " + number);
            }
            return number;
        };
    }

    /** One of a few numbers (a status code: 400 or 409). */
    public static ValueParser<Integer> oneOf(int first, int second) {
        return text -> {
            Long number = wholeNumberOrNull(text);
            if (number == null || (number != first && number != second)) {
                throw new IllegalArgumentException("must be " + first + " or " + second + ", not " + EchoedValue.of(text));
            }
            return number.intValue();
        };
    }

    public static ValueParser<Integer> wholeNumberUpToIntMax(int min) {
        ValueParser<Long> wide = wholeNumber(min, Integer.MAX_VALUE);
        return text -> wide.parse(text).intValue();
    }

    /** An ISO 8601 duration from min up to max; whole seconds only when asked, for timers that count seconds. */
    public static ValueParser<Duration> duration(Duration min, Duration max, boolean wholeSeconds) {
        String range = (wholeSeconds ? "whole seconds from " : "from ") + min + " up to " + (max.toDaysPart() > 0 && max.toHoursPart() == 0
                && max.toMinutesPart() == 0 && max.toSecondsPart() == 0 ? "P" + max.toDays() + "D" : max.toString());
        return text -> {
            Duration duration;
            try {
                duration = Duration.parse(text.trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("must be an ISO 8601 duration such as PT5S, not " + EchoedValue.of(text));
            }
            if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0 || (wholeSeconds && duration.getNano() != 0)) {
                throw new IllegalArgumentException("must be " + range + ", not " + duration);
            }
            return duration;
        };
    }

    /** One of an enum's constants, spelt in lower case with hyphens (verify-known) or as the constant, in any case. */
    public static <E extends Enum<E>> ValueParser<E> choice(Class<E> type) {
        return text -> {
            try {
                return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be " + spellings(type) + ", not " + EchoedValue.of(text));
            }
        };
    }

    /** How --help and the messages spell an enum's choices: off|verify-known|strict. */
    public static <E extends Enum<E>> String spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining("|"));
    }

    public static ValueParser<Path> path() {
        return text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("must be a path, not " + EchoedValue.of(text) + " (" + e.getReason() + ")");
            }
        };
    }

    private static Long wholeNumberOrNull(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
