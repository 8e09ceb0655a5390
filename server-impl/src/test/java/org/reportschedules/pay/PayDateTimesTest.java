package org.reportschedules.pay;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PayDateTimesTest {

    private static final Instant EXPECTED = Instant.parse("2022-11-18T15:06:30Z");

    @ParameterizedTest
    @ValueSource(strings = {
            "20221118T150630Z",
            "2022-11-18T15:06:30Z",
            "2022-11-18T15-06-30Z",
            "2022-11-18T16:06:30+01:00",
            "20221118T100630-0500",
            "2022-11-18T15:06:30.000Z",
    })
    void acceptsEveryFormClientsSend(String text) {
        assertEquals(Optional.of(EXPECTED), PayDateTimes.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tomorrow", "2022-11-18", "20221318T150630Z", "2022-11-31T15:06:30Z", "2022-11-18T25:06:30Z",
            "2022-11-18T15:06:30"})
    void refusesWhatIsNotADateTime(String text) {
        assertEquals(Optional.empty(), PayDateTimes.parse(text));
    }

    @Test
    void answersInTheBasicForm() {
        assertEquals("20221118T150630Z", PayDateTimes.format(Instant.parse("2022-11-18T15:06:30.789Z")));
    }

    @Test
    void formatWritesWhatTheIsoBasicFormatterWritesForEveryYearTheStubKeeps() {
        DateTimeFormatter basic = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
        Instant first = Instant.parse("0001-01-01T00:00:00Z");
        Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
        Random random = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(first.getEpochSecond()
                    + (long) (random.nextDouble() * (last.getEpochSecond() - first.getEpochSecond())), random.nextInt(1_000_000_000));
            assertEquals(basic.format(instant), PayDateTimes.format(instant), instant.toString());
        }
        for (Instant edge : List.of(first, last, Instant.EPOCH, Instant.parse("2024-02-29T23:59:59Z"))) {
            assertEquals(basic.format(edge), PayDateTimes.format(edge), edge.toString());
        }
    }
}
