package org.reportschedules.conformance.pay;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.restassured.response.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads a merchant's schedules back from the target, to check what a step did or did not change, and judges
 * them the way the sources allow.
 *
 * <p>A schedule's {@code nextReportCreationTime} is not a fixed value: a target whose schedules fire moves it
 * forward by the schedule's frequency each time a report is created, and may already have done so when the
 * suite reads it (the seed's own times are in 2022). So a time is judged as "the one given, or later by a
 * whole number of the schedule's periods", in the basic ISO 8601 form the seed's answers use.
 */
final class PayScheduleLists {

    static final String NEXT_REPORT_CREATION_TIME = "nextReportCreationTime";

    /** The form of every date-time in the seed's answers, e.g. 20221118T150630Z. */
    private static final Pattern BASIC_FORM = Pattern.compile("\\d{8}T\\d{6}Z");

    private PayScheduleLists() {
    }

    static List<Map<String, Object>> schedulesOf(PayMerchant merchant) {
        Response list = PayClient.as(merchant).get(PayScheduleSteps.SCHEDULES);
        assertEquals(200, list.statusCode(), () -> "Listing the merchant's schedules failed: " + list.asString());
        return PayScheduleSteps.listed(list);
    }

    /**
     * Why {@code answered} cannot be the next creation time of a schedule of this frequency that was given (or
     * last seen) as {@code given}, or empty when it can: the same instant or later by whole periods, written in
     * the basic form.
     */
    static Optional<String> creationTimeProblem(String given, String frequency, Object answered) {
        if (!(answered instanceof String text) || !BASIC_FORM.matcher(text).matches()) {
            return Optional.of("is " + answered + ", not an ISO 8601 date-time in the basic form (e.g. 20221118T150630Z)");
        }
        Instant expected = PayDateTimes.parse(given);
        Instant actual;
        try {
            actual = PayDateTimes.parse(text);
        } catch (DateTimeParseException e) {
            return Optional.of("is " + text + ", not a date-time");
        }
        Duration period = Duration.parse(frequency);
        Duration later = Duration.between(expected, actual);
        if (later.isNegative() || later.toSeconds() % period.toSeconds() != 0) {
            return Optional.of("is " + text + ": neither " + given + " nor later by a whole number of " + frequency + " periods");
        }
        return Optional.empty();
    }

    /**
     * The target still answers {@code expected} (as listed earlier): every field the same, but for a next
     * creation time that may have moved on by whole periods.
     */
    static void assertSameSchedule(Map<String, ?> expected, Object actual, Supplier<String> response) {
        if (!(actual instanceof Map<?, ?> answered)) {
            fail("Expected the schedule " + expected + "; " + response.get());
            return;
        }
        Set<Object> fields = new HashSet<>(expected.keySet());
        fields.addAll(answered.keySet());
        for (Object field : fields) {
            if (NEXT_REPORT_CREATION_TIME.equals(field)) {
                continue;
            }
            assertEquals(expected.get(field), answered.get(field), () -> "Field " + field + " of schedule " + expected + "; " + response.get());
        }
        creationTimeProblem(String.valueOf(expected.get(NEXT_REPORT_CREATION_TIME)), String.valueOf(expected.get("scheduleFrequency")),
                answered.get(NEXT_REPORT_CREATION_TIME))
                .ifPresent(problem -> fail("The nextReportCreationTime of schedule " + expected + " " + problem + "; " + response.get()));
    }
}
