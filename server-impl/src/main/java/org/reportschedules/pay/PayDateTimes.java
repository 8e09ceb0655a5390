package org.reportschedules.pay;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportschedules.domain.ScheduleTimes;

/**
 * Date-times as Amazon Pay writes and reads them. Answers use the ISO 8601 basic form the service and the
 * SDKs use (20221118T150630Z). Requests may also use the extended form most people type
 * (2022-11-18T15:06:30Z) or the hyphenated form of the docs' own example (2022-08-06T23-59-59Z).
 */
public final class PayDateTimes {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The grammar of accepted date-times; PayDateTimesContractTest keeps it equal to the contract's DateTime pattern. */
    static final Pattern ACCEPTED = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})T(\\d{2})[:-]?(\\d{2})[:-]?(\\d{2})(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}(?::?\\d{2})?)");

    private PayDateTimes() {
    }

    public static String format(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return BASIC.format(instant);
        }
        // Written by hand: the formatter's per-call context was most of the time a GET's answer took to write.
        char[] text = new char[16];
        digits(text, 0, utc.getYear(), 4);
        digits(text, 4, utc.getMonthValue(), 2);
        digits(text, 6, utc.getDayOfMonth(), 2);
        text[8] = 'T';
        digits(text, 9, utc.getHour(), 2);
        digits(text, 11, utc.getMinute(), 2);
        digits(text, 13, utc.getSecond(), 2);
        text[15] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * The instant the text names, or empty when it is not an accepted ISO 8601 date-time. Surrounding whitespace
     * is not trimmed: the contract's pattern refuses it, and so does the stub.
     */
    public static Optional<Instant> parse(String text) {
        Matcher m = ACCEPTED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
            LocalDateTime local = LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3),
                    number(m, 4), number(m, 5), number(m, 6), Integer.parseInt(fraction));
            return Optional.of(local.toInstant(offset(m.group(8)))).filter(ScheduleTimes::isRepresentable);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static ZoneOffset offset(String text) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = text.replace(":", "");
        return ZoneOffset.of(digits.length() == 3 ? digits : digits.substring(0, 3) + ":" + digits.substring(3));
    }
}
