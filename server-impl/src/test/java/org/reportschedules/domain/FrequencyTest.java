package org.reportschedules.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrequencyTest {

    @Test
    void keepsTheTextAndKnowsTheDuration() {
        Frequency daily = Frequency.of("P1D");
        assertEquals("P1D", daily.iso8601());
        assertEquals(Duration.ofDays(1), daily.duration());
        assertTrue(daily.sameDurationAs(Frequency.of("PT24H")));
    }

    @Test
    void refusesWhatIsNotAPositiveDuration() {
        assertThrows(IllegalArgumentException.class, () -> Frequency.of("daily"));
        assertThrows(IllegalArgumentException.class, () -> Frequency.of("PT0S"));
        assertThrows(IllegalArgumentException.class, () -> Frequency.of("-P1D"));
    }
}
