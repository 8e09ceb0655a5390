package org.reportschedules.pay;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Amazon Pay report-schedule rules, called directly: no server, no HTTP. */
class PayReportSchedulesTest {

    private static final PayContractValues CONTRACT = PayContractValues.fromContract();

    private static final PayCaller MERCHANT = caller("LIVE-AHRRW6XQHZC7XYBNCJGBCPXJ");
    private static final PayCaller OTHER_MERCHANT = caller("LIVE-B2Q6ZQ7XH4N3LDGBJF5YWSUT");

    private static final String SETTLEMENT = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_";
    private static final String REFUND = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_";
    private static final String CAPTURE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_";
    private static final String MULTI_CURRENCY = "_GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_";
    private static final String NEXT = "20221118T150630Z";

    private final PayReportSchedules pay = schedules(PaySettings.defaults());

    private static PayCaller caller(String publicKeyId) {
        return new PayCaller("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + publicKeyId + ", SignedHeaders=accept, Signature=x", Optional.empty());
    }

    private static PayReportSchedules schedules(PaySettings settings) {
        return new PayReportSchedules(new InMemoryMerchantRepository(new SequentialIds()), settings, CONTRACT);
    }

    private static NewReportSchedule daily(String reportType) {
        return new NewReportSchedule(reportType, "P1D", NEXT, null, null);
    }

    private static NewReportSchedule weekly(String reportType, Boolean deleteInBody, String deleteInQuery) {
        return new NewReportSchedule(reportType, "P7D", NEXT, deleteInBody, deleteInQuery);
    }

    /** Asserts that the call is refused with this code at the code's own status, and returns the error. */
    private static PayError refused(PayReasonCode code, Executable call) {
        return refused(code, code.status(), call);
    }

    private static PayError refused(PayReasonCode code, int status, Executable call) {
        PayError error = assertThrows(PayRequestRejected.class, call).error();
        assertEquals(code, error.reasonCode(), error::message);
        assertEquals(status, error.status(), error::message);
        return error;
    }

    private static void assertMessageContains(PayError error, String expected) {
        assertTrue(error.message().contains(expected), () -> "'" + expected + "' not in: " + error.message());
    }

    @Test
    void createReturnsAnIdThatIsListedAndFound() {
        String id = pay.create(MERCHANT, daily(SETTLEMENT));

        ReportSchedule expected = new ReportSchedule(id, SETTLEMENT, Frequency.of("P1D"), Instant.parse("2022-11-18T15:06:30Z"));
        assertEquals(expected, pay.find(MERCHANT, id));
        assertEquals(List.of(expected), pay.list(MERCHANT, null));
    }

    @Test
    void aSecondCreateForTheSameTypeIsRefusedWith400ByDefault() {
        assertSecondCreateRefused(pay, 400);
    }

    @Test
    void theConflictStatusCanBeSwitchedTo409() {
        assertSecondCreateRefused(schedules(new PaySettings(ScheduleByIdShape.FLAT, 409)), 409);
    }

    private static void assertSecondCreateRefused(PayReportSchedules pay, int status) {
        String id = pay.create(MERCHANT, daily(SETTLEMENT));
        List<ReportSchedule> before = pay.list(MERCHANT, null);

        PayError error = refused(PayReasonCode.InvalidRequest, status,
                () -> pay.create(MERCHANT, weekly(SETTLEMENT, Boolean.FALSE, "false")));

        assertMessageContains(error, id);
        assertEquals(before, pay.list(MERCHANT, null), "nothing changed");
    }

    @ParameterizedTest(name = "query {0}, body {1}")
    @CsvSource({"true,", ",true", "false,true", "true,false"})
    void trueInTheQueryOrTheBodyReplacesTheExistingSchedule(String deleteInQuery, Boolean deleteInBody) {
        String old = pay.create(MERCHANT, daily(SETTLEMENT));

        String replacement = pay.create(MERCHANT, weekly(SETTLEMENT, deleteInBody, deleteInQuery));

        assertNotEquals(old, replacement);
        assertEquals(List.of(pay.find(MERCHANT, replacement)), pay.list(MERCHANT, null));
        assertEquals(Frequency.of("P7D"), pay.find(MERCHANT, replacement).frequency());
        refused(PayReasonCode.ResourceNotFound, () -> pay.find(MERCHANT, old));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "False", "", "1", "yes"})
    void aQueryFlagOtherThanTrueOrFalseIsRefusedAndChangesNothing(String deleteInQuery) {
        pay.create(MERCHANT, daily(SETTLEMENT));
        List<ReportSchedule> before = pay.list(MERCHANT, null);

        PayError error = refused(PayReasonCode.InvalidParameterValue,
                () -> pay.create(MERCHANT, weekly(SETTLEMENT, Boolean.TRUE, deleteInQuery)));

        assertMessageContains(error, "deleteExistingSchedule");
        assertEquals(before, pay.list(MERCHANT, null), "nothing changed");
    }

    static Stream<Arguments> requestsMissingAField() {
        return Stream.of(null, "", "   ").flatMap(missing -> Stream.of(
                Arguments.of("reportType", new NewReportSchedule(missing, "P1D", NEXT, null, null)),
                Arguments.of("scheduleFrequency", new NewReportSchedule(SETTLEMENT, missing, NEXT, null, null)),
                Arguments.of("nextReportCreationTime", new NewReportSchedule(SETTLEMENT, "P1D", missing, null, null))));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("requestsMissingAField")
    void aMissingFieldIsNamed(String field, NewReportSchedule request) {
        PayError error = refused(PayReasonCode.MissingParameterValue, () -> pay.create(MERCHANT, request));

        assertMessageContains(error, field);
        assertEquals(List.of(), pay.list(MERCHANT, null));
    }

    @Test
    void aMissingBodyIsAnInvalidRequestFormat() {
        refused(PayReasonCode.InvalidRequestFormat, () -> pay.create(MERCHANT, null));
    }

    @Test
    void anUnknownFrequencyIsRefusedListingTheAllowedOnes() {
        PayError error = refused(PayReasonCode.InvalidParameterValue,
                () -> pay.create(MERCHANT, new NewReportSchedule(SETTLEMENT, "P1W", NEXT, null, null)));

        assertMessageContains(error, "P1W");
        assertMessageContains(error, String.join(", ", CONTRACT.frequencies()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tomorrow", "2022-11-18", "2022-11-31T15:06:30Z", "2022-11-18T15:06:30"})
    void aMalformedDateTimeIsRefused(String nextReportCreationTime) {
        PayError error = refused(PayReasonCode.InvalidParameterValue,
                () -> pay.create(MERCHANT, new NewReportSchedule(SETTLEMENT, "P1D", nextReportCreationTime, null, null)));

        assertMessageContains(error, "nextReportCreationTime");
    }

    @Test
    void anUnknownReportTypeIsRefused() {
        PayError error = refused(PayReasonCode.InvalidParameterValue, () -> pay.create(MERCHANT, daily("_GET_NOTHING_")));

        assertMessageContains(error, "_GET_NOTHING_");
    }

    @Test
    void theMultiCurrencyReportCannotBeScheduled() {
        PayError error = refused(PayReasonCode.InvalidParameterValue, () -> pay.create(MERCHANT, daily(MULTI_CURRENCY)));

        assertMessageContains(error, "does not support schedule creation");
        assertEquals(List.of(), pay.list(MERCHANT, null));
    }

    @Test
    void theListFilterTakesCommaSeparatedTypesToleratingSpacesAndEmptyEntries() {
        String settlement = pay.create(MERCHANT, daily(SETTLEMENT));
        pay.create(MERCHANT, daily(CAPTURE));
        String refund = pay.create(MERCHANT, daily(REFUND));

        List<String> listed = pay.list(MERCHANT, " " + SETTLEMENT + " ,, " + REFUND + ",").stream().map(ReportSchedule::id).toList();

        assertEquals(List.of(settlement, refund), listed);
        assertEquals(3, pay.list(MERCHANT, " ").size(), "a blank filter lists every type");
    }

    @Test
    void anUnknownTypeInTheListFilterIsRefused() {
        PayError error = refused(PayReasonCode.InvalidParameterValue, () -> pay.list(MERCHANT, SETTLEMENT + ",_GET_TYPO_"));

        assertMessageContains(error, "_GET_TYPO_");
    }

    @Test
    void findingOrCancellingAnUnknownIdIsNotFound() {
        assertMessageContains(refused(PayReasonCode.ResourceNotFound, () -> pay.find(MERCHANT, "12345678901")), "12345678901");
        refused(PayReasonCode.ResourceNotFound, () -> pay.cancel(MERCHANT, "12345678901"));
        assertEquals(404, PayReasonCode.ResourceNotFound.status());
    }

    @Test
    void aCancelledScheduleIsGone() {
        String id = pay.create(MERCHANT, daily(SETTLEMENT));

        pay.cancel(MERCHANT, id);

        refused(PayReasonCode.ResourceNotFound, () -> pay.find(MERCHANT, id));
        refused(PayReasonCode.ResourceNotFound, () -> pay.cancel(MERCHANT, id));
        assertEquals(List.of(), pay.list(MERCHANT, null));
    }

    @Test
    void theRequestsOwnValuesAreCheckedBeforeItsAuthorizationHeader() {
        PayCaller malformed = new PayCaller("Bearer nothing-here", Optional.empty());
        refused(PayReasonCode.InvalidParameterValue, () -> pay.list(malformed, "_NO_SUCH_TYPE_"));
        refused(PayReasonCode.MissingParameterValue, () -> pay.create(malformed, daily(null)));
        refused(PayReasonCode.InvalidHeaderValue, () -> pay.create(malformed, daily(SETTLEMENT)));
    }

    @Test
    void merchantsNeverSeeEachOthersSchedules() {
        String id = pay.create(MERCHANT, daily(SETTLEMENT));
        PayCaller sameKeyInSandbox = new PayCaller(MERCHANT.authorization(), Optional.of("sandbox"));

        for (PayCaller other : List.of(OTHER_MERCHANT, sameKeyInSandbox)) {
            assertEquals(List.of(), pay.list(other, null), () -> other.merchant().toString());
            refused(PayReasonCode.ResourceNotFound, () -> pay.find(other, id));
            refused(PayReasonCode.ResourceNotFound, () -> pay.cancel(other, id));
        }
        String othersId = pay.create(OTHER_MERCHANT, daily(SETTLEMENT));

        assertNotEquals(id, othersId, "ids are unique across merchants");
        assertEquals(List.of(pay.find(MERCHANT, id)), pay.list(MERCHANT, null), "the first merchant's schedule is untouched");
    }
}
