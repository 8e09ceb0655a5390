package org.reportschedules.mws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportschedules.clock.StubClock;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refusal after the quota check carries the quota it used, so the reply's headers report exactly that one. */
class MwsReportsTest {

    private final StubClock clock = new StubClock(java.time.Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    private final RequestQuotas quotas = new RequestQuotas(clock, QuotaRule.fromContract(), true);
    private final InMemoryMerchantRepository repository = new InMemoryMerchantRepository(new SequentialIds());
    private final ReportsSection actions = new ReportsSection(
            new ReportScheduleActions(repository, MwsSchedules.fromContract(), clock, true),
            new ReportListActions(repository, clock));
    private final MwsReports reports = reportsIn(SignatureMode.OFF);

    @Test
    void anAdmittedRequestReportsTheQuotaItUsed() {
        assertEquals(79, reports.handle(call("GetReportScheduleCount", Map.of())).quota().hourlyRemaining());
    }

    @Test
    void eachActionIsCountedAgainstItsOwnQuota() {
        assertEquals(59, reports.handle(call("GetReportList", Map.of())).quota().hourlyRemaining());
        MwsRequestRejected badToken = assertThrows(MwsRequestRejected.class,
                () -> reports.handle(call("GetReportListByNextToken", Map.of("NextToken", "x"))));
        assertEquals(1799, badToken.quota().orElseThrow().hourlyRemaining());
    }

    @Test
    void aRefusalByTheActionCarriesTheQuotaItWasCountedAgainst() {
        MwsRequestRejected refused = assertThrows(MwsRequestRejected.class,
                () -> reports.handle(call("ManageReportSchedule", Map.of("ReportType", "_GET_MERCHANT_LISTINGS_DATA_", "Schedule", "_1_DAY_"))));
        assertEquals(MwsErrorCode.InvalidReportType, refused.error().code());
        assertEquals(79, refused.quota().orElseThrow().hourlyRemaining());
    }

    @Test
    void aThrottledRequestCarriesTheRefusedQuotaAndARefusalBeforeTheQuotaNone() {
        for (int i = 0; i < 10; i++) {
            reports.handle(call("GetReportScheduleList", Map.of()));
        }
        MwsRequestRejected throttled = assertThrows(MwsRequestRejected.class, () -> reports.handle(call("GetReportScheduleList", Map.of())));
        assertEquals(MwsErrorCode.RequestThrottled, throttled.error().code());
        assertFalse(throttled.quota().orElseThrow().granted());

        MwsRequestRejected unknown = assertThrows(MwsRequestRejected.class, () -> reports.handle(call("NoSuchAction", Map.of())));
        assertEquals(MwsErrorCode.InvalidAddress, unknown.error().code());
        assertTrue(unknown.quota().isEmpty(), "refused before the quota check, so counted against none");
    }

    @Test
    void aStaleRequestIsRefusedInEveryModeButOffBeforeItsSignatureAndCountsAgainstNoQuota() {
        MwsCall stale = call("GetReportScheduleCount", Map.of("Timestamp", "2025-12-31T23:44:59Z"));
        for (SignatureMode mode : List.of(SignatureMode.VERIFY_KNOWN, SignatureMode.STRICT)) {
            MwsRequestRejected refused = assertThrows(MwsRequestRejected.class, () -> reportsIn(mode).handle(stale), mode.name());
            assertEquals(MwsErrorCode.RequestExpired, refused.error().code(), "strict would refuse the unknown key, but only after the date");
            assertTrue(refused.quota().isEmpty());
        }
        assertEquals(80, quotas.peek(MwsParameters.merchantOf("A3EXAMPLE4D"), "GetReportScheduleCount").hourlyRemaining());
        assertEquals(79, reports.handle(stale).quota().hourlyRemaining(), "off checks no date");
    }

    @Test
    void aMalformedDateIsRefusedEvenWithSignaturesOff() {
        MwsRequestRejected refused = assertThrows(MwsRequestRejected.class,
                () -> reports.handle(call("GetReportScheduleCount", Map.of("Timestamp", "yesterday"))));
        assertEquals(MwsErrorCode.InvalidParameterValue, refused.error().code());
    }

    private MwsReports reportsIn(SignatureMode mode) {
        return new MwsReports(new MwsRequestGate(new SignatureCheck(mode, SigningKeys.none()), new RequestExpiry(clock), quotas, actions), actions);
    }

    private static MwsCall call(String action, Map<String, String> more) {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("Action", action, "SellerId", "A3EXAMPLE4D",
                "AWSAccessKeyId", "K", "SignatureMethod", "HmacSHA256", "SignatureVersion", "2",
                "Timestamp", "2026-01-01T00:00:00Z", "Version", "2009-01-01", "Signature", "x"));
        parameters.putAll(more);
        return new MwsCall("POST", "127.0.0.1", "/Reports/2009-01-01", new MwsParameters(parameters), "request-1");
    }
}
