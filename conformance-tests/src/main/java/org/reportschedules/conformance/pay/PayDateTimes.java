package org.reportschedules.conformance.pay;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The ISO 8601 basic form, in UTC, in which Amazon Pay answers date-times and the SDKs send them: 20221118T150630Z. */
public final class PayDateTimes {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private PayDateTimes() {
    }

    /** To the second: a fraction of a second is cut, as the basic form has none. */
    public static String format(Instant instant) {
        return BASIC.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** @throws java.time.format.DateTimeParseException when the text is not in the basic form */
    public static Instant parse(String text) {
        return LocalDateTime.parse(text, BASIC).toInstant(ZoneOffset.UTC);
    }
}
