package org.reportschedules.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.CreateOutcome;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduler's rules, on the stub's clock: no HTTP, no sleeping. */
class ReportMakingTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final MerchantId MERCHANT = new MerchantId("pay-live", "LIVE-SCHEDULER");
    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";

    private final StubClock clock = new StubClock(java.time.Clock.fixed(START, ZoneOffset.UTC));
    private final SequentialIds ids = new SequentialIds();
    private final FiringRepository records = new FiringRepository(new InMemoryMerchantRepository(ids),
            new ReportMaking(clock, ids, Duration.ofSeconds(5), 10, ReportMaking.KEPT_FOR));

    @Test
    void aScheduleFiresWhenItsTimeComesAndMovesOnByItsFrequency() {
        String id = schedule("P1D", START.plus(Duration.ofHours(1)));
        assertEquals(List.of(), reports(), "not yet due");

        clock.advance(Duration.ofDays(1));

        Report report = reports().get(0);
        assertEquals(1, reports().size());
        assertEquals(ORDERS, report.reportType());
        assertEquals(START.plus(Duration.ofHours(1)).minus(Duration.ofDays(1)), report.startTime(), "the day before it was due");
        assertEquals(START.plus(Duration.ofHours(1)), report.endTime());
        assertEquals(report.endTime(), report.createdTime(), "made when it was due");
        assertEquals(id, report.scheduleId());
        assertEquals(START.plus(Duration.ofHours(25)), next(), "moved on one day");
    }

    @Test
    void aReportIsInProgressForTheProcessingDelayThenCompleteWithADocument() {
        schedule("PT1H", START);
        Report report = reports().get(0);
        assertEquals(ProcessingStatus.IN_PROGRESS, report.statusAt(clock.instant()));
        assertTrue(report.documentAt(clock.instant()).isEmpty());

        clock.advance(Duration.ofSeconds(5));

        assertEquals(ProcessingStatus.COMPLETED, report.statusAt(clock.instant()));
        assertTrue(report.documentAt(clock.instant()).orElseThrow().startsWith("amzn1.tortuga.0."));
        assertEquals(START.plusSeconds(5), report.processingEndedAt(clock.instant()).orElseThrow());
    }

    @Test
    void anOverdueScheduleMakesOneReportPerMissedPeriodUpToTheCapMostRecentFirstSkipped() {
        Instant longAgo = START.minus(Duration.ofDays(30));
        schedule("P1D", longAgo);

        List<Report> made = reports();
        assertEquals(10, made.size(), "31 periods passed (30 days ago up to now), only the most recent 10 are made");
        assertEquals(START, made.get(9).endTime(), "the last one is the period ending now");
        assertEquals(START.minus(Duration.ofDays(9)), made.get(0).endTime());
        assertEquals(START.plus(Duration.ofDays(1)), next(), "the next one is the first time after now on the schedule's grid");
    }

    @Test
    void aCancelledScheduleStopsMakingReports() {
        String id = schedule("P1D", START.plus(Duration.ofHours(1)));
        records.change(MERCHANT, r -> r.schedules().cancel(id));
        clock.advance(Duration.ofDays(3));
        assertEquals(List.of(), reports());
    }

    @Test
    void plannedOutcomesAreUsedInOrderThenReportsCompleteAgain() {
        records.change(MERCHANT, r -> {
            r.outcomes().plan(ORDERS, ProcessingStatus.FAILED, 1);
            r.outcomes().plan(ORDERS, ProcessingStatus.CANCELLED, 1);
            return null;
        });
        schedule("PT1H", START.minus(Duration.ofHours(2)));
        clock.advance(Duration.ofMinutes(1));

        List<ProcessingStatus> outcomes = reports().stream().map(r -> r.statusAt(clock.instant())).toList();
        assertEquals(List.of(ProcessingStatus.FAILED, ProcessingStatus.CANCELLED, ProcessingStatus.COMPLETED), outcomes);
        assertTrue(reports().get(0).documentAt(clock.instant()).isEmpty(), "a failed report has no document");
    }

    @Test
    void aReportAskedForIsMadeNowAndReportsAreKeptNinetyDays() {
        Report asked = records.change(MERCHANT, r -> new ReportMaking(clock, ids, Duration.ofSeconds(5), 10, ReportMaking.KEPT_FOR)
                .makeNow(r, ORDERS, START.minus(Duration.ofDays(7)), START));
        assertEquals(START, asked.createdTime());
        assertEquals(List.of(asked), reports());

        clock.advance(Duration.ofDays(91));

        assertEquals(List.of(), reports(), "gone after 90 days");
    }

    @Test
    void firingAllMerchantsFiresEveryOneOfThem() {
        MerchantId other = new MerchantId("mws", "A1OTHER");
        schedule("P1D", START.plus(Duration.ofHours(1)));
        records.change(other, r -> r.schedules().set("_GET_ORDERS_DATA_", Frequency.of("P1D"), START.plus(Duration.ofHours(1))));
        clock.advance(Duration.ofDays(1));

        records.fireAllDue();

        assertEquals(1, records.read(other, r -> r.reports().list(report -> true)).size());
        assertEquals(1, reports().size());
    }

    @Test
    void readingAMerchantWithoutRecordsGivesItNone() {
        MerchantId stranger = new MerchantId("pay-live", "LIVE-STRANGER");
        assertEquals(List.of(), records.read(stranger, r -> r.reports().list(report -> true)));
        assertTrue(!records.knows(stranger) && records.merchants().isEmpty(), "a read stores nothing");
    }

    private String schedule(String frequency, Instant next) {
        CreateOutcome created = records.change(MERCHANT, r -> r.schedules().create(ORDERS, Frequency.of(frequency), next, false));
        return ((CreateOutcome.Created) created).schedule().id();
    }

    private List<Report> reports() {
        return records.read(MERCHANT, r -> r.reports().list(report -> true));
    }

    private Instant next() {
        return records.read(MERCHANT, r -> r.schedules().list(List.of())).stream()
                .map(ReportSchedule::nextReportCreationTime).findFirst().orElseThrow();
    }
}
