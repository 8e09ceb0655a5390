package org.reportschedules.mws;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.MerchantId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestQuotasTest {

    private static final MerchantId S = MwsParameters.merchantOf("S");
    private static final MerchantId T = MwsParameters.merchantOf("T");
    private static final MerchantId NEVER_SEEN = MwsParameters.merchantOf("NEVER-SEEN");

    private final StubClock clock = new StubClock(java.time.Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final RequestQuotas quotas = new RequestQuotas(clock, QuotaRule.fromContract(), true);

    @Test
    void aBurstOfTenThenOneRestoredEvery45Seconds() {
        for (int i = 0; i < 10; i++) {
            assertTrue(quotas.take(S, "ManageReportSchedule").granted(), "request " + (i + 1));
        }
        RequestQuotas.Quota throttled = quotas.take(S, "ManageReportSchedule");
        assertFalse(throttled.granted());
        assertFalse(throttled.hourExhausted(), "refused for the rate (RequestThrottled), not the hour");

        clock.advance(Duration.ofSeconds(44));
        assertFalse(quotas.take(S, "ManageReportSchedule").granted());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(quotas.take(S, "ManageReportSchedule").granted());
        assertFalse(quotas.take(S, "ManageReportSchedule").granted());
    }

    @Test
    void sellersAndActionsAreCountedApart() {
        for (int i = 0; i < 10; i++) {
            quotas.take(S, "GetReportScheduleCount");
        }
        assertTrue(quotas.take(S, "GetReportScheduleList").granted());
        assertTrue(quotas.take(T, "GetReportScheduleCount").granted());
    }

    @Test
    void anExhaustedHourStartsAgainWhenItEnds() {
        for (int i = 0; i < 80; i++) {
            quotas.take(S, "GetReportScheduleCount");
            clock.advance(Duration.ofSeconds(44));
        }
        assertFalse(quotas.take(S, "GetReportScheduleCount").granted());

        clock.advance(Duration.ofMinutes(2)); // past 01:00, when the hour that started at 00:00 ends
        RequestQuotas.Quota fresh = quotas.take(S, "GetReportScheduleCount");
        assertTrue(fresh.granted());
        assertEquals(79, fresh.hourlyRemaining());
    }

    @Test
    void theHourlyQuotaRefusesEvenWithTokensLeft() {
        // One request every 44 s keeps the burst bucket nearly full (it refills one per 45 s), so only the
        // hourly quota can refuse: the first 80 pass within 59 minutes, the 81st does not.
        for (int i = 0; i < 80; i++) {
            assertTrue(quotas.take(S, "GetReportScheduleCount").granted(), "request " + (i + 1));
            clock.advance(Duration.ofSeconds(44));
        }
        RequestQuotas.Quota refused = quotas.take(S, "GetReportScheduleCount");
        assertFalse(refused.granted());
        assertTrue(refused.hourExhausted(), "refused for the hour (QuotaExceeded), not the rate");
        assertEquals(0, refused.hourlyRemaining());
        assertEquals(Instant.parse("2026-01-01T01:00:00Z"), refused.resetsOn());
    }

    @Test
    void peekingAtASellerNeverCountedRemembersNothing() {
        RequestQuotas.Quota untouched = quotas.peek(NEVER_SEEN, "GetReportScheduleCount");
        assertEquals(80, untouched.hourlyRemaining());
        assertEquals(79, quotas.take(NEVER_SEEN, "GetReportScheduleCount").hourlyRemaining());
    }

    @Test
    void whenNotEnforcedEveryRequestPassesAndIsStillCounted() {
        RequestQuotas open = new RequestQuotas(clock, QuotaRule.fromContract(), false);
        for (int i = 0; i < 90; i++) {
            assertTrue(open.take(S, "GetReportScheduleCount").granted());
        }
        assertEquals(0, open.peek(S, "GetReportScheduleCount").hourlyRemaining());
    }
}
