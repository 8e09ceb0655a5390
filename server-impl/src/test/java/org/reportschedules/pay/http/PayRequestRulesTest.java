package org.reportschedules.pay.http;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportschedules.pay.PayError;
import org.reportschedules.pay.PayReasonCode;
import org.reportschedules.pay.PayRequestRejected;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayRequestRulesTest {

    private static PayError refused(PayReasonCode code, Executable rule) {
        PayError error = assertThrows(PayRequestRejected.class, rule).error();
        assertEquals(code, error.reasonCode(), error::message);
        assertEquals(400, error.status(), error::message);
        return error;
    }

    @Test
    void aQueryParameterGivenTwiceIsRefused() {
        PayError error = refused(PayReasonCode.InvalidParameterValue, () -> PayRequestRules.requireSingleValues(
                Map.of("pageSize", List.of("5", "50"))));

        assertTrue(error.message().contains("pageSize"), error.message());
    }

    @Test
    void aListParameterGivenTwiceIsOneListAsTheJavaSdkSendsIt() {
        assertDoesNotThrow(() -> PayRequestRules.requireSingleValues(Map.of("reportTypes", List.of("A", "B"))));
        assertEquals("A,B", PayRequestRules.joinedList("reportTypes", List.of("A", "B")));
        assertEquals("COMPLETED,FAILED", PayRequestRules.joinedList("processingStatuses", List.of("COMPLETED", "FAILED")));
        assertEquals(null, PayRequestRules.joinedList("reportTypes", List.of("A")), "given once: left as it is");
        assertEquals(null, PayRequestRules.joinedList("pageSize", List.of("5", "50")), "not a list");
    }

    @Test
    void queryParametersGivenOnceAreAccepted() {
        assertDoesNotThrow(() -> PayRequestRules.requireSingleValues(
                Map.of("reportTypes", List.of("_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"), "deleteExistingSchedule", List.of("true"))));
        assertDoesNotThrow(() -> PayRequestRules.requireSingleValues(Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "application/", "/json", "json"})
    void aContentTypeThatIsNotAMediaTypeIsRefused(String contentType) {
        refused(PayReasonCode.InvalidHeaderValue, () -> PayRequestRules.requireMediaType(contentType));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "text/plain"})
    void aMediaTypeOrNoContentTypeIsAccepted(String contentType) {
        assertDoesNotThrow(() -> PayRequestRules.requireMediaType(contentType));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "*/*", "application/json", "application/json, text/plain;q=0.5"})
    void anAcceptListOfMediaTypesOrNoAcceptIsAccepted(String accept) {
        assertDoesNotThrow(() -> PayRequestRules.requireMediaTypeList(accept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "application/json, json", "application/"})
    void anAcceptListWithSomethingElseIsRefused(String accept) {
        refused(PayReasonCode.InvalidHeaderValue, () -> PayRequestRules.requireMediaTypeList(accept));
    }
}
