package org.reportschedules.pay;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportschedules.clock.StubClock;
import org.reportschedules.documents.DocumentLinks;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.scheduler.FiringRepository;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Amazon Pay report rules, called directly: no server, no HTTP; time moves on the stub's clock. */
class PayReportsTest {

    private static final PayContractValues CONTRACT = PayContractValues.fromContract();
    private static final Instant START = Instant.parse("2026-01-10T12:00:00Z");
    private static final URI STUB = URI.create("http://127.0.0.1:8080/");

    private static final PayCaller MERCHANT = caller("LIVE-AHRRW6XQHZC7XYBNCJGBCPXJ");
    private static final PayCaller OTHER_MERCHANT = caller("LIVE-B2Q6ZQ7XH4N3LDGBJF5YWSUT");

    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String REFUNDS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_";
    private static final String MULTI_CURRENCY = "_GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_";
    private static final String DAY_BEFORE = "2026-01-09T12:00:00Z";
    private static final String HOUR_BEFORE = "2026-01-10T11:00:00Z";

    private final StubClock clock = new StubClock(Clock.fixed(START, ZoneOffset.UTC));
    private final SequentialIds ids = new SequentialIds();
    private final ReportMaking making = new ReportMaking(clock, ids, Duration.ofSeconds(5), ReportMaking.DEFAULT_CATCH_UP_CAP, ReportMaking.KEPT_FOR);
    private final FiringRepository records = new FiringRepository(new InMemoryMerchantRepository(ids), making);
    private final DocumentLinks links = new DocumentLinks();
    private final PayReports reports = reports();

    /** Each instance signs its tokens with a key of its own, as each run of the stub does. */
    private PayReports reports() {
        return new PayReports(records, making, links, clock, CONTRACT);
    }

    private static PayCaller caller(String publicKeyId) {
        return new PayCaller("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + publicKeyId + ", SignedHeaders=accept, Signature=x", Optional.empty());
    }

    private String create(PayCaller caller, String reportType) {
        return reports.create(caller, new NewReport(reportType, DAY_BEFORE, HOUR_BEFORE));
    }

    /** Creates {@code count} reports, one a minute, and returns their ids, oldest first. */
    private List<String> createEveryMinute(int count, String reportType) {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(create(MERCHANT, reportType));
            clock.advance(Duration.ofMinutes(1));
        }
        return created;
    }

    /** The merchant's next report of the type ends this way, as a test can plan it. */
    private void planNext(String reportType, ProcessingStatus outcome) {
        records.change(MERCHANT.merchant(), found -> {
            found.outcomes().plan(reportType, outcome, 1);
            return null;
        });
    }

    private static List<String> idsOf(ReportPage page) {
        return page.reports().stream().map(asOf -> asOf.report().id()).toList();
    }

    private static PayError refused(PayReasonCode code, Executable call) {
        PayError error = assertThrows(PayRequestRejected.class, call).error();
        assertEquals(code, error.reasonCode(), error::message);
        assertEquals(code.status(), error.status(), error::message);
        return error;
    }

    private static void assertMessageContains(PayError error, String expected) {
        assertTrue(error.message().contains(expected), () -> "'" + expected + "' not in: " + error.message());
    }

    // Get Reports

    @Test
    void aMerchantWithoutReportsGetsAnEmptyPageWithoutToken() {
        ReportPage page = reports.list(MERCHANT, ReportQuery.everything());

        assertEquals(List.of(), page.reports());
        assertEquals(Optional.empty(), page.nextToken());
    }

    @Test
    void reportsAreListedNewestFirst() {
        List<String> created = createEveryMinute(3, ORDERS);

        assertEquals(List.of(created.get(2), created.get(1), created.get(0)), idsOf(reports.list(MERCHANT, ReportQuery.everything())));
    }

    @Test
    void reportsCreatedAtTheSameInstantAreOrderedByIdAsNumbers() {
        List<String> created = IntStream.range(0, 3).mapToObj(i -> create(MERCHANT, ORDERS)).toList();

        assertEquals(List.of(created.get(2), created.get(1), created.get(0)), idsOf(reports.list(MERCHANT, ReportQuery.everything())));
    }

    @Test
    void aScheduleWhoseTimeHasComeHasMadeItsReportBeforeTheListIsRead() {
        records.change(MERCHANT.merchant(), found -> found.schedules().create(ORDERS, Frequency.of("P1D"), START.minusSeconds(3600), false));

        List<ReportAsOf> listed = reports.list(MERCHANT, ReportQuery.everything()).reports();

        assertEquals(1, listed.size());
        assertEquals(ORDERS, listed.get(0).report().reportType());
        assertEquals(START.minusSeconds(3600), listed.get(0).report().endTime());
        assertEquals(ProcessingStatus.COMPLETED, listed.get(0).status());
    }

    @Test
    void theTypeFilterTakesCommaSeparatedTypesAndRefusesAnUnknownOne() {
        String orders = create(MERCHANT, ORDERS);
        create(MERCHANT, MULTI_CURRENCY);
        String refunds = create(MERCHANT, REFUNDS);

        ReportPage page = reports.list(MERCHANT, new ReportQuery(" " + ORDERS + ",," + REFUNDS + " ", null, null, null, null, null));

        assertEquals(List.of(refunds, orders), idsOf(page));
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.list(MERCHANT, new ReportQuery(ORDERS + ",_GET_TYPO_", null, null, null, null, null))), "_GET_TYPO_");
    }

    @Test
    void theStatusFilterReadsEachReportsStatusNow() {
        planNext(REFUNDS, ProcessingStatus.FAILED);
        String failed = create(MERCHANT, REFUNDS);
        clock.advance(Duration.ofSeconds(5));
        String completed = create(MERCHANT, ORDERS);
        String inProgress = create(MERCHANT, ORDERS);
        clock.advance(Duration.ofSeconds(1));

        assertEquals(List.of(inProgress, completed), idsOf(reports.list(MERCHANT, statuses("IN_PROGRESS"))));
        assertEquals(List.of(failed), idsOf(reports.list(MERCHANT, statuses("FAILED"))));
        assertEquals(List.of(failed), idsOf(reports.list(MERCHANT, statuses("CANCELLED, FAILED"))));

        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of(inProgress, completed), idsOf(reports.list(MERCHANT, statuses("COMPLETED"))));
    }

    @Test
    void anUnknownStatusIsRefusedListingTheAllowedOnes() {
        PayError error = refused(PayReasonCode.InvalidParameterValue, () -> reports.list(MERCHANT, statuses("DONE")));

        assertMessageContains(error, "processingStatuses is invalid: DONE");
        assertMessageContains(error, "IN_PROGRESS, COMPLETED, FAILED, CANCELLED");
    }

    private static ReportQuery statuses(String processingStatuses) {
        return new ReportQuery(null, processingStatuses, null, null, null, null);
    }

    @Test
    void createdSinceAndCreatedUntilKeepReportsCreatedBetweenThemInclusive() {
        List<String> created = createEveryMinute(4, ORDERS);
        String since = PayDateTimes.format(START.plusSeconds(60));
        String until = PayDateTimes.format(START.plusSeconds(120));

        ReportPage page = reports.list(MERCHANT, new ReportQuery(null, null, since, until, null, null));

        assertEquals(List.of(created.get(2), created.get(1)), idsOf(page));
    }

    @Test
    void byDefaultTheListCoversTheLast90Days() {
        String old = create(MERCHANT, ORDERS);
        clock.advance(Duration.ofDays(89));
        String recent = create(MERCHANT, ORDERS);

        assertEquals(List.of(recent, old), idsOf(reports.list(MERCHANT, ReportQuery.everything())));
        String since = PayDateTimes.format(START.plus(Duration.ofDays(1)));
        assertEquals(List.of(recent), idsOf(reports.list(MERCHANT, new ReportQuery(null, null, since, null, null, null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-01-10", "2026-02-30T00:00:00Z", "2026-01-10T12:00:00"})
    void aMalformedDateTimeIsRefusedNamingTheParameter(String text) {
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.list(MERCHANT, new ReportQuery(null, null, text, null, null, null))), "createdSince is invalid: " + text);
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.list(MERCHANT, new ReportQuery(null, null, null, text, null, null))), "createdUntil is invalid: " + text);
    }

    @Test
    void createdSinceAfterCreatedUntilIsRefused() {
        PayError error = refused(PayReasonCode.InvalidParameterValue,
                () -> reports.list(MERCHANT, new ReportQuery(null, null, "20260105T000000Z", "20260104T000000Z", null, null)));

        assertMessageContains(error, "createdSince is invalid: createdSince 20260105T000000Z is after createdUntil 20260104T000000Z");
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.list(MERCHANT, new ReportQuery(null, null, "20260111T000000Z", null, null, null))), "(now)");
        // Given alone, a createdUntil before the default look-back is the one to blame.
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.list(MERCHANT, new ReportQuery(null, null, null, "19990101T000000Z", null, null))),
                "createdUntil is invalid: createdSince");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
    void aPageSizeOutside1To100IsRefused(int pageSize) {
        PayError error = refused(PayReasonCode.InvalidParameterValue, () -> reports.list(MERCHANT, pageSize(pageSize)));

        assertMessageContains(error, "pageSize is invalid: " + pageSize + ". It must be from 1 to 100.");
    }

    @Test
    void pagesHoldTenReportsByDefaultAndAsManyAsAskedFrom1To100() {
        createEveryMinute(101, ORDERS);

        assertEquals(10, reports.list(MERCHANT, ReportQuery.everything()).reports().size());
        assertEquals(1, reports.list(MERCHANT, pageSize(1)).reports().size());
        assertEquals(100, reports.list(MERCHANT, pageSize(100)).reports().size());
    }

    private static ReportQuery pageSize(int pageSize) {
        return new ReportQuery(null, null, null, null, pageSize, null);
    }

    @Test
    void twentyFiveReportsReadTenAtATimeAreThreePagesWithoutDuplicatesOrGaps() {
        List<String> created = createEveryMinute(25, ORDERS);

        ReportPage first = reports.list(MERCHANT, ReportQuery.everything());
        ReportPage second = reports.list(MERCHANT, ReportQuery.next(first.nextToken().orElseThrow()));
        ReportPage third = reports.list(MERCHANT, ReportQuery.next(second.nextToken().orElseThrow()));

        assertEquals(List.of(10, 10, 5), List.of(first.reports().size(), second.reports().size(), third.reports().size()));
        assertEquals(Optional.empty(), third.nextToken());
        List<String> read = new ArrayList<>(idsOf(first));
        read.addAll(idsOf(second));
        read.addAll(idsOf(third));
        Collections.reverse(created);
        assertEquals(created, read);
    }

    @Test
    void aPageThatHoldsTheLastReportHasNoToken() {
        createEveryMinute(10, ORDERS);

        assertEquals(Optional.empty(), reports.list(MERCHANT, ReportQuery.everything()).nextToken());
    }

    @Test
    void theTokenCarriesTheFirstCallsFilters() {
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(create(MERCHANT, ORDERS));
            create(MERCHANT, REFUNDS);
            clock.advance(Duration.ofMinutes(1));
        }
        String since = PayDateTimes.format(START.plusSeconds(30));

        ReportPage first = reports.list(MERCHANT, new ReportQuery(ORDERS, "COMPLETED,IN_PROGRESS", since, null, 1, null));
        ReportPage second = reports.list(MERCHANT, ReportQuery.next(first.nextToken().orElseThrow()));

        assertEquals(List.of(orders.get(2)), idsOf(first));
        assertEquals(List.of(orders.get(1)), idsOf(second));
        assertEquals(Optional.empty(), second.nextToken(), "the first order report was created before createdSince");
    }

    @Test
    void reportsMadeBetweenPagesCauseNeitherDuplicatesNorGaps() {
        List<String> created = createEveryMinute(3, ORDERS);
        ReportPage first = reports.list(MERCHANT, pageSize(2));

        create(MERCHANT, ORDERS);
        ReportPage second = reports.list(MERCHANT, ReportQuery.next(first.nextToken().orElseThrow()));

        assertEquals(List.of(created.get(2), created.get(1)), idsOf(first));
        assertEquals(List.of(created.get(0)), idsOf(second));
    }

    @Test
    void theNetSdksFiltersAlongWithTheTokenAreAcceptedWhenTheyAreTheFirstCalls() {
        createEveryMinute(3, ORDERS);
        ReportPage first = reports.list(MERCHANT, new ReportQuery(ORDERS + "," + REFUNDS, "COMPLETED,IN_PROGRESS", null, null, 2, null));
        String token = first.nextToken().orElseThrow();

        ReportPage second = reports.list(MERCHANT, new ReportQuery(REFUNDS + "," + ORDERS, "IN_PROGRESS,COMPLETED", null, null, null, token));
        assertEquals(1, second.reports().size());

        PayError error = refused(PayReasonCode.InvalidParameterCombination,
                () -> reports.list(MERCHANT, new ReportQuery(ORDERS, null, null, null, null, token)));
        assertMessageContains(error, "not the first call's");
    }

    @Test
    void createdSinceCreatedUntilOrPageSizeWithATokenAreRefused() {
        createEveryMinute(3, ORDERS);
        String token = reports.list(MERCHANT, pageSize(1)).nextToken().orElseThrow();

        PayError error = refused(PayReasonCode.InvalidParameterCombination,
                () -> reports.list(MERCHANT, new ReportQuery(null, null, DAY_BEFORE, null, 1, token)));

        assertMessageContains(error, "Leave out createdSince, pageSize");
        refused(PayReasonCode.InvalidParameterCombination, () -> reports.list(MERCHANT, new ReportQuery(null, null, null, HOUR_BEFORE, null, token)));
    }

    @Test
    void aTokenThisStubDidNotIssueIsRefused() {
        createEveryMinute(3, ORDERS);
        String token = reports.list(MERCHANT, pageSize(1)).nextToken().orElseThrow();
        String edited = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        String fromAnotherStub = reports().list(MERCHANT, pageSize(1)).nextToken().orElseThrow();

        for (String foreign : List.of("", "not-a-token", "!!!", edited, fromAnotherStub, token + "A")) {
            PayError error = refused(PayReasonCode.InvalidParameterValue, () -> reports.list(MERCHANT, ReportQuery.next(foreign)));
            assertMessageContains(error, "nextToken is invalid");
        }
    }

    @Test
    void anotherMerchantsTokenIsRefused() {
        createEveryMinute(3, ORDERS);
        String token = reports.list(MERCHANT, pageSize(1)).nextToken().orElseThrow();
        PayCaller sameKeyInSandbox = new PayCaller(MERCHANT.authorization(), Optional.of("sandbox"));

        for (PayCaller other : List.of(OTHER_MERCHANT, sameKeyInSandbox)) {
            refused(PayReasonCode.InvalidParameterValue, () -> reports.list(other, ReportQuery.next(token)));
        }
    }

    // Get Report By Id

    @Test
    void aReportIsInProgressForTheProcessingDelayThenCompletedWithADocument() {
        String id = create(MERCHANT, ORDERS);

        ReportAsOf inProgress = reports.find(MERCHANT, id);
        assertEquals(ProcessingStatus.IN_PROGRESS, inProgress.status());
        assertEquals(START, inProgress.processingStartTime());
        assertEquals(Optional.empty(), inProgress.processingEndTime());
        assertEquals(Optional.empty(), inProgress.documentId());

        clock.advance(Duration.ofSeconds(5));
        ReportAsOf completed = reports.find(MERCHANT, id);
        assertEquals(ProcessingStatus.COMPLETED, completed.status());
        assertEquals(Optional.of(START.plusSeconds(5)), completed.processingEndTime());
        assertTrue(completed.documentId().isPresent());
        assertEquals(Instant.parse(DAY_BEFORE), completed.report().startTime());
        assertEquals(Instant.parse(HOUR_BEFORE), completed.report().endTime());
        assertEquals(START, completed.report().createdTime());
    }

    @Test
    void anUnknownIdOrAnotherMerchantsReportIsNotFound() {
        String id = create(MERCHANT, ORDERS);

        assertMessageContains(refused(PayReasonCode.ResourceNotFound, () -> reports.find(MERCHANT, "12345678901")), "Report 12345678901");
        refused(PayReasonCode.ResourceNotFound, () -> reports.find(OTHER_MERCHANT, id));
        assertEquals(List.of(), reports.list(OTHER_MERCHANT, ReportQuery.everything()).reports());
    }

    // Create Report

    @Test
    void aReportOnDemandIsProcessedLikeAScheduledOneWithThePlannedOutcome() {
        planNext(ORDERS, ProcessingStatus.CANCELLED);
        String cancelled = create(MERCHANT, ORDERS);
        String completed = create(MERCHANT, ORDERS);
        clock.advance(Duration.ofSeconds(5));

        assertEquals(ProcessingStatus.CANCELLED, reports.find(MERCHANT, cancelled).status());
        assertEquals(Optional.empty(), reports.find(MERCHANT, cancelled).documentId());
        assertEquals(ProcessingStatus.COMPLETED, reports.find(MERCHANT, completed).status());
        assertNotEquals(cancelled, completed);
    }

    @Test
    void anyPayReportTypeMayBeAskedForTheUnschedulableOneToo() {
        for (String type : CONTRACT.reportTypes()) {
            assertEquals(type, reports.find(MERCHANT, create(MERCHANT, type)).report().reportType());
        }
    }

    @Test
    void missingFieldsAreNamedAndAMissingBodyIsAnInvalidFormat() {
        assertMessageContains(refused(PayReasonCode.MissingParameterValue,
                () -> reports.create(MERCHANT, new NewReport(null, DAY_BEFORE, HOUR_BEFORE))), "reportType");
        assertMessageContains(refused(PayReasonCode.MissingParameterValue,
                () -> reports.create(MERCHANT, new NewReport(ORDERS, " ", HOUR_BEFORE))), "startTime");
        assertMessageContains(refused(PayReasonCode.MissingParameterValue,
                () -> reports.create(MERCHANT, new NewReport(ORDERS, DAY_BEFORE, null))), "endTime");
        refused(PayReasonCode.InvalidRequestFormat, () -> reports.create(MERCHANT, null));
        assertEquals(List.of(), reports.list(MERCHANT, ReportQuery.everything()).reports());
    }

    @Test
    void anUnknownTypeOrAMalformedTimeIsRefused() {
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.create(MERCHANT, new NewReport("_GET_NOTHING_", DAY_BEFORE, HOUR_BEFORE))), "_GET_NOTHING_");
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.create(MERCHANT, new NewReport(ORDERS, "2026-01-09", HOUR_BEFORE))), "startTime is invalid: 2026-01-09");
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.create(MERCHANT, new NewReport(ORDERS, DAY_BEFORE, "20260110T1100Z"))), "endTime is invalid: 20260110T1100Z");
    }

    @Test
    void theEndMustBeAfterTheStart() {
        PayError error = refused(PayReasonCode.InvalidParameterValue,
                () -> reports.create(MERCHANT, new NewReport(ORDERS, HOUR_BEFORE, DAY_BEFORE)));

        assertMessageContains(error, "endTime is invalid: 20260109T120000Z. It must be after startTime (20260110T110000Z).");
        refused(PayReasonCode.InvalidParameterValue, () -> reports.create(MERCHANT, new NewReport(ORDERS, HOUR_BEFORE, HOUR_BEFORE)));
    }

    @Test
    void neitherTimeMayBeInTheFutureButTheEndMayBeNow() {
        String now = PayDateTimes.format(START);
        String inASecond = PayDateTimes.format(START.plusSeconds(1));

        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.create(MERCHANT, new NewReport(ORDERS, DAY_BEFORE, inASecond))), "endTime is invalid: " + inASecond + " is in the future");
        assertMessageContains(refused(PayReasonCode.InvalidParameterValue,
                () -> reports.create(MERCHANT, new NewReport(ORDERS, inASecond, "20260110T120002Z"))), "startTime is invalid");

        String id = reports.create(MERCHANT, new NewReport(ORDERS, DAY_BEFORE, now));
        assertEquals(START, reports.find(MERCHANT, id).report().endTime());
    }

    @Test
    void noLongestPeriodIsImposed() {
        String id = reports.create(MERCHANT, new NewReport(ORDERS, "2000-01-01T00:00:00Z", "2026-01-10T12:00:00+01:00"));

        assertEquals(Instant.parse("2000-01-01T00:00:00Z"), reports.find(MERCHANT, id).report().startTime());
        assertEquals(Instant.parse("2026-01-10T11:00:00Z"), reports.find(MERCHANT, id).report().endTime());
    }

    @Test
    void theRequestsOwnValuesAreCheckedBeforeItsAuthorizationHeader() {
        PayCaller malformed = new PayCaller("Bearer nothing-here", Optional.empty());

        refused(PayReasonCode.MissingParameterValue, () -> reports.create(malformed, new NewReport(ORDERS, null, HOUR_BEFORE)));
        refused(PayReasonCode.InvalidParameterValue, () -> reports.list(malformed, pageSize(0)));
        refused(PayReasonCode.InvalidHeaderValue, () -> reports.list(malformed, ReportQuery.everything()));
        refused(PayReasonCode.InvalidHeaderValue, () -> create(malformed, ORDERS));
    }

    // Get Report Document

    @Test
    void aCompletedReportsDocumentGetsAUrlOnTheStubValidFor30Seconds() {
        String id = create(MERCHANT, ORDERS);
        clock.advance(Duration.ofSeconds(5));
        String documentId = reports.find(MERCHANT, id).documentId().orElseThrow();

        ReportDocumentLink link = reports.document(MERCHANT, documentId, URI.create("http://localhost:9999/some/base/"));

        assertEquals(documentId, link.reportDocumentId());
        assertEquals("N/A", link.compressionAlgorithm());
        assertTrue(link.url().toString().matches("http://localhost:9999/documents/[A-Za-z0-9_-]{43}"), link.url().toString());
        String token = link.url().getPath().substring("/documents/".length());
        DocumentLinks.Link issued = links.find(token).orElseThrow();
        assertEquals(new DocumentLinks.Link(MERCHANT.merchant(), documentId, START.plusSeconds(35)), issued);
    }

    @Test
    void everyCallIssuesANewUrl() {
        String id = create(MERCHANT, ORDERS);
        clock.advance(Duration.ofSeconds(5));
        String documentId = reports.find(MERCHANT, id).documentId().orElseThrow();

        assertNotEquals(reports.document(MERCHANT, documentId, STUB).url(), reports.document(MERCHANT, documentId, STUB).url());
    }

    @Test
    void aDocumentIsNotFoundUntilItsReportCompletesNorForAnotherMerchant() {
        String id = create(MERCHANT, ORDERS);
        String documentId = records.read(MERCHANT.merchant(), found -> found.reports().find(id)).orElseThrow().documentId();

        refused(PayReasonCode.ResourceNotFound, () -> reports.document(MERCHANT, documentId, STUB));
        clock.advance(Duration.ofSeconds(5));
        refused(PayReasonCode.ResourceNotFound, () -> reports.document(OTHER_MERCHANT, documentId, STUB));
        assertMessageContains(refused(PayReasonCode.ResourceNotFound, () -> reports.document(MERCHANT, "amzn1.tortuga.0.x", STUB)),
                "Report document amzn1.tortuga.0.x");
        assertFalse(reports.document(MERCHANT, documentId, STUB).url().toString().isEmpty());
    }

    @Test
    void idsAreUniqueAcrossMerchants() {
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            assertTrue(seen.add(create(MERCHANT, ORDERS)));
            assertTrue(seen.add(create(OTHER_MERCHANT, ORDERS)));
        }
    }
}
