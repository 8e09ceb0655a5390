package org.reportschedules.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.pay.PayContractValues;
import org.reportschedules.scheduler.FiringRepository;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planned outcomes reach the merchant the dialect would name, and the reports its schedules make next. */
class ReportOutcomePlansTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PAY_TYPE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";

    private final StubClock clock = new StubClock(Clock.fixed(START, ZoneOffset.UTC));
    private final SequentialIds ids = new SequentialIds();
    private final FiringRepository records = new FiringRepository(new InMemoryMerchantRepository(ids),
            new ReportMaking(clock, ids, Duration.ofSeconds(5), ReportMaking.DEFAULT_CATCH_UP_CAP, ReportMaking.KEPT_FOR));
    private final ReportOutcomePlans plans = new ReportOutcomePlans(records, PayContractValues.fromContract().reportTypes());
    private final ClockControl control = new ClockControl(clock, records);

    @Test
    void thePlannedOutcomesEndTheNextReportsOfTheTypeThenTheyCompleteAgain() {
        MerchantId merchant = new MerchantId("pay-live", "KEY");
        records.change(merchant, found -> found.schedules().create(PAY_TYPE, Frequency.of("P1D"), START.plus(Duration.ofDays(1)), false));

        ReportOutcomePlans.Plan plan = plans.plan("KEY", null, null, PAY_TYPE, "FAILED", 2);
        assertEquals(merchant, plan.merchant());
        assertEquals(List.of(ProcessingStatus.FAILED, ProcessingStatus.FAILED), plan.planned());
        assertEquals(List.of(ProcessingStatus.FAILED, ProcessingStatus.FAILED, ProcessingStatus.CANCELLED),
                plans.plan("KEY", "live", null, PAY_TYPE, "CANCELLED", null).planned(), "plans add up; count defaults to one");

        control.freeze();
        control.advance("P1D");
        Report first = reports(merchant).get(0);
        assertEquals(ProcessingStatus.IN_PROGRESS, first.statusAt(clock.instant()), "processed first, like any report");
        control.advance("PT5S");
        assertEquals(ProcessingStatus.FAILED, first.statusAt(clock.instant()));
        assertTrue(first.documentAt(clock.instant()).isEmpty(), "a failed report has no document");

        control.advance("P3D");
        List<ProcessingStatus> ended = reports(merchant).stream().map(report -> report.statusAt(clock.instant())).toList();
        assertEquals(List.of(ProcessingStatus.FAILED, ProcessingStatus.FAILED, ProcessingStatus.CANCELLED, ProcessingStatus.COMPLETED), ended);
        assertEquals(List.of(ProcessingStatus.COMPLETED), plans.plan("KEY", null, null, PAY_TYPE, "COMPLETED", 1).planned(),
                "the earlier plan was used up");
    }

    @Test
    void theMerchantIsNamedAsItsOwnApiNamesIt() {
        assertEquals(new MerchantId("pay-sandbox", "SANDBOX-KEY"), plans.plan("SANDBOX-KEY", null, null, PAY_TYPE, "FAILED", 1).merchant(),
                "the key's prefix decides, as for /v2 paths");
        assertEquals(new MerchantId("pay-live", "SANDBOX-KEY"), plans.plan("SANDBOX-KEY", "live", null, PAY_TYPE, "FAILED", 1).merchant(),
                "the environment decides, as for /live/v2 paths");
        assertEquals(new MerchantId("pay-sandbox", "KEY"), plans.plan("KEY", "sandbox", null, PAY_TYPE, "FAILED", 1).merchant());
        assertEquals(new MerchantId("mws", "A3EXAMPLE4D"), plans.plan(null, null, "A3EXAMPLE4D", "_GET_ORDERS_DATA_", "CANCELLED", 1).merchant());
        assertEquals(new MerchantId("mws", "A3EXAMPLE4D"), plans.plan(null, null, "A3EXAMPLE4D", "_ANY_TYPE_AT_ALL_", "FAILED", 1).merchant(),
                "MWS report types are open-ended (--mws-report-types lenient)");
    }

    @Test
    void badOrdersAreRefusedAndPlanNothing() {
        assertRefused(AdminErrorCode.InvalidField, "UNKNOWN", () -> plans.plan("KEY", null, null, PAY_TYPE, "UNKNOWN", 1));
        assertRefused(AdminErrorCode.InvalidField, "IN_PROGRESS", () -> plans.plan("KEY", null, null, PAY_TYPE, "IN_PROGRESS", 1));
        assertRefused(AdminErrorCode.InvalidField, "failed", () -> plans.plan("KEY", null, null, PAY_TYPE, "failed", 1));
        assertRefused(AdminErrorCode.InvalidField, "count", () -> plans.plan("KEY", null, null, PAY_TYPE, "FAILED", 0));
        assertRefused(AdminErrorCode.InvalidField, "count", () -> plans.plan("KEY", null, null, PAY_TYPE, "FAILED", -3));
        assertRefused(AdminErrorCode.InvalidField, "count", () -> plans.plan("KEY", null, null, PAY_TYPE, "FAILED", ReportOutcomePlans.MAX_COUNT + 1));
        assertRefused(AdminErrorCode.MissingField, "publicKeyId or sellerId", () -> plans.plan(null, null, null, PAY_TYPE, "FAILED", 1));
        assertRefused(AdminErrorCode.InvalidField, "not both", () -> plans.plan("KEY", null, "SELLER", PAY_TYPE, "FAILED", 1));
        assertRefused(AdminErrorCode.InvalidField, "environment", () -> plans.plan(null, "live", "SELLER", PAY_TYPE, "FAILED", 1));
        assertRefused(AdminErrorCode.InvalidField, "environment", () -> plans.plan("KEY", "LIVE", null, PAY_TYPE, "FAILED", 1));
        assertRefused(AdminErrorCode.InvalidField, "publicKeyId", () -> plans.plan("KEY, Signature=x", null, null, PAY_TYPE, "FAILED", 1));
        assertRefused(AdminErrorCode.MissingField, "publicKeyId", () -> plans.plan(" ", null, null, PAY_TYPE, "FAILED", 1));
        assertRefused(AdminErrorCode.MissingField, "sellerId", () -> plans.plan(null, null, "", PAY_TYPE, "FAILED", 1));
        assertRefused(AdminErrorCode.InvalidField, "reportType", () -> plans.plan("KEY", null, null, "_GET_ORDERS_DATA_", "FAILED", 1));
        assertRefused(AdminErrorCode.MissingField, "reportType", () -> plans.plan("KEY", null, null, null, "FAILED", 1));
        assertRefused(AdminErrorCode.MissingField, "outcome", () -> plans.plan("KEY", null, null, PAY_TYPE, null, 1));
        assertTrue(records.merchants().isEmpty(), "no refused order touched a merchant");
    }

    private static void assertRefused(AdminErrorCode code, String named, Executable order) {
        AdminRequestRejected refused = assertThrows(AdminRequestRejected.class, order);
        assertEquals(code, refused.error().code(), refused.error().message());
        assertTrue(refused.error().message().contains(named), refused.error().message());
    }

    private List<Report> reports(MerchantId merchant) {
        return records.read(merchant, found -> found.reports().list(report -> true));
    }
}
