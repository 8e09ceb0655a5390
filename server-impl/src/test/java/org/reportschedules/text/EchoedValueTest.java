package org.reportschedules.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EchoedValueTest {

    @Test
    void aShortValueIsEchoedWhole() {
        assertEquals("P2W", EchoedValue.of("P2W"));
        assertEquals("x".repeat(100), EchoedValue.of("x".repeat(100)));
        assertEquals("null", EchoedValue.of(null));
    }

    @Test
    void aLongValueIsCutToAHundredCharactersAndItsLength() {
        assertEquals("x".repeat(100) + "… (1048576 characters)", EchoedValue.of("x".repeat(1_048_576)));
    }

    @Test
    void aCutNeverSplitsACharacterInTwo() {
        String value = "x".repeat(99) + "😀".repeat(10);
        assertEquals("x".repeat(99) + "… (" + value.length() + " characters)", EchoedValue.of(value));
    }
}
