package org.reportschedules.pay;

import java.time.Instant;
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
}
