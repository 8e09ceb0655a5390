package org.reportschedules.mws;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request is dated by exactly one of Timestamp and Expires, in any of the ISO 8601 forms clients send. */
class RequestDateTest {

    @ParameterizedTest
    @CsvSource({
            "2026-11-23T08:00:00.000Z, 2026-11-23T08:00:00Z",     // the official Java client
            "2026-11-23T08:00:00Z, 2026-11-23T08:00:00Z",
            "2026-11-23T09:00:00+01:00, 2026-11-23T08:00:00Z",
            "2026-11-23T08:00:00.123456Z, 2026-11-23T08:00:00.123456Z",
            "2026-11-23T08:00:00, 2026-11-23T08:00:00Z"           // xs:dateTime without an offset: UTC
    })
    void theFormsClientsSendAreRead(String written, String instant) {
        RequestDate date = RequestDate.of(new MwsParameters(Map.of("Timestamp", written)));
        assertEquals(Instant.parse(instant), date.instant());
        assertEquals("Timestamp", date.parameter());
    }

    @Test
    void expiresMayDateTheRequestInstead() {
        RequestDate date = RequestDate.of(new MwsParameters(Map.of("Expires", "2026-11-23T08:00:00Z")));
        assertTrue(date.isExpiry());
    }

    @Test
    void neitherIsAMissingTimestamp() {
        MwsError error = refusal(Map.of("Timestamp", " "));
        assertEquals(MwsErrorCode.MissingParameter, error.code());
        assertEquals("The request must contain the parameter Timestamp.", error.message());
    }

    @Test
    void bothAreRefused() {
        MwsError error = refusal(Map.of("Timestamp", "2026-11-23T08:00:00Z", "Expires", "2026-11-23T08:05:00Z"));
        assertEquals(MwsErrorCode.InvalidParameterValue, error.code());
        assertEquals("Timestamp and Expires are mutually exclusive; give only one of them.", error.message());
    }

    @Test
    void aValueThatIsNoDateTimeIsRefusedNamingItsParameter() {
        assertEquals(MwsErrorCode.InvalidParameterValue, refusal(Map.of("Timestamp", "yesterday")).code());
        MwsError error = refusal(Map.of("Expires", "20261123T080000Z"));
        assertEquals(MwsErrorCode.InvalidParameterValue, error.code());
        assertTrue(error.message().contains("parameter Expires"), error.message());
    }

    private static MwsError refusal(Map<String, String> parameters) {
        return assertThrows(MwsRequestRejected.class, () -> RequestDate.of(new MwsParameters(parameters))).error();
    }
}
