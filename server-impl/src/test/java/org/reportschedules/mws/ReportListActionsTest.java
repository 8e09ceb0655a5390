package org.reportschedules.mws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportschedules.api.mws.model.ReportInfo;
import org.reportschedules.api.mws.model.ReportListResult;
import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportContent;
import org.reportschedules.scheduler.FiringRepository;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.MerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of GetReportList, GetReportListByNextToken, GetReportCount and GetReport, without HTTP. */
class ReportListActionsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final MerchantId SELLER = MwsParameters.merchantOf("A3EXAMPLE4D");
    private static final MerchantId OTHER_SELLER = MwsParameters.merchantOf("A9OTHER");
    private static final String ORDERS = "_GET_ORDERS_DATA_";
    private static final String FLAT_ORDERS = "_GET_FLAT_FILE_ORDERS_DATA_";

    private final StubClock clock = new StubClock(Clock.fixed(NOW, ZoneOffset.UTC));
    private final MerchantRepository repository = new InMemoryMerchantRepository(new SequentialIds());
    private final ReportListActions actions = new ReportListActions(repository, clock);
    private long nextId = 59_000_000_000L;

    @Test
    void onlyReportsThatAreDoneAreListedAndCountedNewestFirstAvailableWhenTheirProcessingEnded() {
        String older = add(SELLER, ORDERS, NOW.minus(Duration.ofHours(3)), ProcessingStatus.COMPLETED);
        String newer = add(SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.COMPLETED);
        add(SELLER, ORDERS, NOW.plusSeconds(5), ProcessingStatus.COMPLETED);
        add(SELLER, ORDERS, NOW.minus(Duration.ofHours(2)), ProcessingStatus.FAILED);
        add(SELLER, ORDERS, NOW.minus(Duration.ofHours(2)), ProcessingStatus.CANCELLED);
        add(OTHER_SELLER, ORDERS, NOW.minus(Duration.ofHours(2)), ProcessingStatus.COMPLETED);

        ReportListResult result = list(Map.of());

        assertEquals(List.of(newer, older), ids(result));
        ReportInfo info = result.getReportInfo().get(0);
        assertEquals(ORDERS, info.getReportType());
        assertEquals(NOW.minus(Duration.ofHours(1)), info.getAvailableDate().toInstant());
        assertFalse(info.getAcknowledged());
        assertEquals(ReportListActions.requestIdOf(newer), info.getReportRequestId());
        assertFalse(result.getHasNext());
        assertNull(result.getNextToken(), "no NextToken without a next page, as the live service answered");
        assertEquals(2, count(Map.of()));
    }

    @Test
    void aReportIsListedOnceItsProcessingHasEnded() {
        String report = add(SELLER, ORDERS, NOW.plusSeconds(5), ProcessingStatus.COMPLETED);
        assertEquals(0, count(Map.of()));

        clock.advance(Duration.ofSeconds(5));

        assertEquals(List.of(report), ids(list(Map.of())));
    }

    @Test
    void theReportTypeListKeepsTheTypesItNames() {
        String orders = add(SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.COMPLETED);
        add(SELLER, FLAT_ORDERS, NOW.minus(Duration.ofHours(2)), ProcessingStatus.COMPLETED);
        String listings = add(SELLER, "_GET_MERCHANT_LISTINGS_DATA_", NOW.minus(Duration.ofHours(3)), ProcessingStatus.COMPLETED);

        Map<String, String> twoTypes = Map.of("ReportTypeList.Type.1", ORDERS, "ReportTypeList.Type.2", "_GET_MERCHANT_LISTINGS_DATA_");
        assertEquals(List.of(orders, listings), ids(list(twoTypes)));
        assertEquals(2, count(twoTypes));
    }

    @Test
    void availableDatesDefaultToTheLast90DaysAndIncludeTheirBounds() {
        String ninetyOneDays = add(SELLER, ORDERS, NOW.minus(Duration.ofDays(91)), ProcessingStatus.COMPLETED);
        String atFrom = add(SELLER, ORDERS, NOW.minus(Duration.ofDays(10)), ProcessingStatus.COMPLETED);
        String atTo = add(SELLER, ORDERS, NOW.minus(Duration.ofDays(5)), ProcessingStatus.COMPLETED);
        add(SELLER, ORDERS, NOW.minus(Duration.ofDays(1)), ProcessingStatus.COMPLETED);

        assertEquals(3, count(Map.of()), "the report available 91 days ago is older than the default AvailableFromDate");
        Map<String, String> range = Map.of("AvailableFromDate", NOW.minus(Duration.ofDays(10)).toString(),
                "AvailableToDate", NOW.minus(Duration.ofDays(5)).toString());
        assertEquals(List.of(atTo, atFrom), ids(list(range)));
        assertEquals(List.of(ninetyOneDays), ids(list(Map.of("AvailableFromDate", "2025-11-30T12:00:00",
                "AvailableToDate", "2025-11-30T12:00:00"))), "a date-time without an offset is UTC");
    }

    @Test
    void noReportIsAcknowledgedSoAcknowledgedTrueKeepsNoneAndFalseKeepsAll() {
        add(SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.COMPLETED);

        assertEquals(0, count(Map.of("Acknowledged", "true")));
        assertEquals(1, count(Map.of("Acknowledged", "false")));
        assertRefused(MwsErrorCode.InvalidParameterValue, () -> count(Map.of("Acknowledged", "yes")));
        assertRefused(MwsErrorCode.InvalidParameterValue, () -> list(Map.of("AvailableFromDate", "yesterday")));
    }

    @Test
    void reportRequestIdsKeepTheirReportsWhateverTheOtherFiltersSay() {
        add(SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.COMPLETED);
        String wanted = add(SELLER, FLAT_ORDERS, NOW.minus(Duration.ofHours(2)), ProcessingStatus.COMPLETED);

        Map<String, String> byRequestId = Map.of("ReportRequestIdList.Id.1", ReportListActions.requestIdOf(wanted),
                "ReportTypeList.Type.1", ORDERS, "Acknowledged", "true");
        assertEquals(List.of(wanted), ids(list(byRequestId)));
    }

    @Test
    void aReportRequestIdIsNeverAReportId() {
        assertEquals("58000000003", ReportListActions.requestIdOf("59000000003"));
    }

    @Test
    void maxCountIsTenByDefaultAndFromOneTo100() {
        for (int i = 0; i < 12; i++) {
            add(SELLER, ORDERS, NOW.minus(Duration.ofMinutes(i + 1L)), ProcessingStatus.COMPLETED);
        }
        ReportListResult first = list(Map.of());
        assertEquals(10, first.getReportInfo().size());
        assertTrue(first.getHasNext());
        assertEquals(12, list(Map.of("MaxCount", "100")).getReportInfo().size());
        assertEquals(1, list(Map.of("MaxCount", "1")).getReportInfo().size());
        for (String refused : List.of("0", "101", "-1", "ten", "1.5")) {
            assertRefused(MwsErrorCode.InvalidParameterValue, () -> list(Map.of("MaxCount", refused)));
        }
    }

    @Test
    void pagesReadWithNextTokensHoldEveryReportOnceInOrder() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(0, add(SELLER, ORDERS, NOW.minus(Duration.ofMinutes(25 - i)), ProcessingStatus.COMPLETED));
        }
        // Two reports that became available at the same instant are told apart by their ids.
        all.add(add(SELLER, ORDERS, NOW.minus(Duration.ofMinutes(30)), ProcessingStatus.COMPLETED));
        all.add(all.size() - 1, add(SELLER, ORDERS, NOW.minus(Duration.ofMinutes(30)), ProcessingStatus.COMPLETED));

        List<ReportListResult> pages = new ArrayList<>(List.of(list(Map.of("MaxCount", "10"))));
        while (pages.get(pages.size() - 1).getHasNext()) {
            pages.add(listByNextToken(SELLER, pages.get(pages.size() - 1).getNextToken()));
        }

        assertEquals(List.of(10, 10, 7), pages.stream().map(page -> page.getReportInfo().size()).toList());
        assertEquals(all, pages.stream().flatMap(page -> ids(page).stream()).toList());
        assertNull(pages.get(2).getNextToken());
    }

    @Test
    void aNextTokenReadsTheFirstRequestsFilterSoReportsThatArriveMeanwhileShiftNoPage() {
        for (int i = 0; i < 4; i++) {
            add(SELLER, ORDERS, NOW.minus(Duration.ofMinutes(i + 1L)), ProcessingStatus.COMPLETED);
        }
        add(SELLER, FLAT_ORDERS, NOW.minus(Duration.ofMinutes(30)), ProcessingStatus.COMPLETED);
        ReportListResult first = list(Map.of("MaxCount", "2", "ReportTypeList.Type.1", ORDERS));

        clock.advance(Duration.ofMinutes(10));
        add(SELLER, ORDERS, clock.instant().minusSeconds(1), ProcessingStatus.COMPLETED);
        ReportListResult second = listByNextToken(SELLER, first.getNextToken());

        assertEquals(2, second.getReportInfo().size());
        assertFalse(second.getHasNext(), "neither the new report nor the other type's joins the listing");
        assertTrue(new HashSet<>(ids(second)).stream().noneMatch(ids(first)::contains));
    }

    @Test
    void aNextTokenTheStubDidNotIssueToThisSellerIsRefused() {
        for (int i = 0; i < 3; i++) {
            add(SELLER, ORDERS, NOW.minus(Duration.ofMinutes(i + 1L)), ProcessingStatus.COMPLETED);
        }
        String token = list(Map.of("MaxCount", "1")).getNextToken();
        String edited = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);

        for (String refused : List.of("2YgYW55IPQhvu5hbCBwbGVhc3VyZS4=", "not base64!", edited, token.substring(0, 20))) {
            assertRefused(MwsErrorCode.InvalidParameterValue, () -> listByNextToken(SELLER, refused));
        }
        assertRefused(MwsErrorCode.InvalidParameterValue, () -> listByNextToken(OTHER_SELLER, token));
        assertRefused(MwsErrorCode.MissingParameter, () -> actions.listByNextToken(SELLER, parameters(Map.of()), "r"));
        assertEquals(1, listByNextToken(SELLER, token).getReportInfo().size(), "the token itself still reads");
    }

    @Test
    void getReportAnswersTheReportsFlatFile() {
        String id = add(SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.COMPLETED);

        ReportFile file = report(SELLER, id);

        Report stored = repository.read(SELLER, records -> records.reports().find(id)).orElseThrow();
        assertEquals(ReportContent.of(stored, SELLER), file.text());
        assertTrue(file.text().startsWith("report-id\treport-type\t"), file.text());
        assertEquals(id, file.reportId());
    }

    @Test
    void getReportRefusesEveryIdThatIsNoDoneReportOfThisSeller() {
        String inProgress = add(SELLER, ORDERS, NOW.plusSeconds(5), ProcessingStatus.COMPLETED);
        String failed = add(SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.FAILED);
        String othersReport = add(OTHER_SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.COMPLETED);
        String done = add(SELLER, ORDERS, NOW.minus(Duration.ofHours(1)), ProcessingStatus.COMPLETED);

        MwsRequestRejected notYet = assertRefused(MwsErrorCode.InvalidParameterValue, () -> report(SELLER, inProgress));
        assertTrue(notYet.error().message().contains("not done yet"), notYet.error().message());
        for (String refused : List.of(failed, othersReport, "12345", ReportListActions.requestIdOf(done), "abc", "-1")) {
            assertRefused(MwsErrorCode.InvalidParameterValue, () -> report(SELLER, refused));
        }
        assertRefused(MwsErrorCode.MissingParameter, () -> actions.report(SELLER, parameters(Map.of())));
    }

    @Test
    void aReportAScheduleMadeIsListedAndFetchedOnceDone() {
        SequentialIds ids = new SequentialIds();
        FiringRepository firing = new FiringRepository(new InMemoryMerchantRepository(ids),
                new ReportMaking(clock, ids, Duration.ofSeconds(5), ReportMaking.DEFAULT_CATCH_UP_CAP, ReportMaking.KEPT_FOR));
        ReportListActions fromSchedules = new ReportListActions(firing, clock);
        firing.change(SELLER, records -> records.schedules().set(ORDERS, Frequency.of("P1D"), NOW.minus(Duration.ofHours(1))));

        ReportListResult listed = fromSchedules.list(SELLER, parameters(Map.of()), "r").getGetReportListResult();

        assertEquals(1, listed.getReportInfo().size(), "the schedule fired an hour ago; its report is done");
        String id = listed.getReportInfo().get(0).getReportId();
        assertEquals(NOW.minus(Duration.ofHours(1)).plusSeconds(5), listed.getReportInfo().get(0).getAvailableDate().toInstant());
        assertTrue(fromSchedules.report(SELLER, parameters(Map.of("ReportId", id))).text().contains(id));
    }

    private String add(MerchantId seller, String type, Instant processingEnd, ProcessingStatus outcome) {
        String id = Long.toString(nextId++);
        Instant created = processingEnd.minusSeconds(5);
        Report report = new Report(id, type, created.minus(Duration.ofDays(1)), created, created, processingEnd, outcome,
                outcome == ProcessingStatus.COMPLETED ? "amzn1.tortuga.0." + id : null, null);
        repository.change(seller, records -> {
            records.reports().add(report);
            return null;
        });
        return id;
    }

    private ReportListResult list(Map<String, String> values) {
        return actions.list(SELLER, parameters(values), "r").getGetReportListResult();
    }

    private ReportListResult listByNextToken(MerchantId seller, String token) {
        return actions.listByNextToken(seller, parameters(Map.of("NextToken", token)), "r").getGetReportListByNextTokenResult();
    }

    private int count(Map<String, String> values) {
        return actions.count(SELLER, parameters(values), "r").getGetReportCountResult().getCount();
    }

    private ReportFile report(MerchantId seller, String reportId) {
        return actions.report(seller, parameters(Map.of("ReportId", reportId)));
    }

    private static MwsParameters parameters(Map<String, String> values) {
        return new MwsParameters(new LinkedHashMap<>(values));
    }

    private static List<String> ids(ReportListResult result) {
        return result.getReportInfo().stream().map(ReportInfo::getReportId).toList();
    }

    private static MwsRequestRejected assertRefused(MwsErrorCode code, Runnable call) {
        MwsRequestRejected refused = assertThrows(MwsRequestRejected.class, call::run);
        assertEquals(code, refused.error().code(), refused.error().message());
        return refused;
    }
}
