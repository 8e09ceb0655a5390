package org.reportschedules.mws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AWS family's 15 minutes, at their edges, either way, for Timestamp and for Expires. */
class RequestExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final RequestExpiry expiry = new RequestExpiry(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTimestampExactlyFifteenMinutesOldIsAcceptedAndOneSecondOlderIsRefused() {
        assertDoesNotThrow(() -> expiry.check(timestamp(NOW.minus(RequestExpiry.ALLOWANCE))));
        MwsRequestRejected refused = assertRefused(timestamp(NOW.minus(RequestExpiry.ALLOWANCE).minus(SECOND)));
        assertEquals("Request has expired. Timestamp date is 2026-11-23T07:44:59Z, more than 15 minutes before the service's time, "
                + "2026-11-23T08:00:00Z.", refused.error().message());
    }

    @Test
    void aTimestampExactlyFifteenMinutesAheadIsAcceptedAndOneSecondFurtherIsRefused() {
        assertDoesNotThrow(() -> expiry.check(timestamp(NOW.plus(RequestExpiry.ALLOWANCE))));
        MwsRequestRejected refused = assertRefused(timestamp(NOW.plus(RequestExpiry.ALLOWANCE).plus(SECOND)));
        assertTrue(refused.error().message().startsWith("Request is dated in the future. Timestamp date is 2026-11-23T08:15:01Z"),
                refused.error().message());
    }

    @Test
    void aTimestampOfNowIsAccepted() {
        assertDoesNotThrow(() -> expiry.check(timestamp(NOW)));
    }

    @Test
    void anExpiresPassedByFifteenMinutesIsAcceptedAndByOneSecondMoreIsRefused() {
        assertDoesNotThrow(() -> expiry.check(expires(NOW.minus(RequestExpiry.ALLOWANCE))));
        MwsRequestRejected refused = assertRefused(expires(NOW.minus(RequestExpiry.ALLOWANCE).minus(SECOND)));
        assertTrue(refused.error().message().startsWith("Request has expired. Expires date is"), refused.error().message());
    }

    @Test
    void anExpiresFarAheadIsAccepted() {
        assertDoesNotThrow(() -> expiry.check(expires(NOW.plus(Duration.ofDays(3650)))));
    }

    private MwsRequestRejected assertRefused(RequestDate date) {
        MwsRequestRejected refused = assertThrows(MwsRequestRejected.class, () -> expiry.check(date));
        assertEquals(MwsErrorCode.RequestExpired, refused.error().code());
        assertEquals(400, refused.error().status());
        return refused;
    }

    private static RequestDate timestamp(Instant instant) {
        return new RequestDate(RequestDate.TIMESTAMP, instant.toString(), instant);
    }

    private static RequestDate expires(Instant instant) {
        return new RequestDate(RequestDate.EXPIRES, instant.toString(), instant);
    }
}
