package org.reportschedules.pay.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportschedules.api.pay.model.CreateReportScheduleRequest;
import org.reportschedules.api.pay.model.ReportType;
import org.reportschedules.api.pay.model.ScheduleFrequency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayJsonTest {

    private final ObjectMapper mapper = PayJson.withPayRules(
            JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());

    /** A valid Create Report Schedule body with one member's JSON value replaced (or one member added). */
    private static String body(String member, String json) {
        String reportType = "\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_\"";
        String frequency = "\"P1D\"";
        String next = "\"20221118T150630Z\"";
        String extra = "";
        switch (member) {
            case "reportType" -> reportType = json;
            case "scheduleFrequency" -> frequency = json;
            case "nextReportCreationTime" -> next = json;
            default -> extra = ", \"" + member + "\": " + json;
        }
        return "{\"reportType\": " + reportType + ", \"scheduleFrequency\": " + frequency
                + ", \"nextReportCreationTime\": " + next + extra + "}";
    }

    private CreateReportScheduleRequest read(String json) throws JacksonException {
        return mapper.readValue(json, CreateReportScheduleRequest.class);
    }

    @Test
    void aPlainBodyIsRead() throws JacksonException {
        CreateReportScheduleRequest request = read(body("reportType", "\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_\""));

        assertEquals(ReportType._GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_, request.getReportType());
        assertEquals(ScheduleFrequency.P1_D, request.getScheduleFrequency());
        assertEquals("20221118T150630Z", request.getNextReportCreationTime());
        assertEquals(null, request.getDeleteExistingSchedule());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"true|true", "false|false", "\"true\"|true", "\"false\"|false"})
    void booleansAreReadAsJsonOrAsTheirText(String json, boolean expected) throws JacksonException {
        assertEquals(expected, read(body("deleteExistingSchedule", json)).getDeleteExistingSchedule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"TRUE\"", "\"False\"", "\"\"", "1", "0", "\"yes\"", "{}", "[true]", "null"})
    void otherBooleanSpellingsAreRefused(String json) {
        assertThrows(JacksonException.class, () -> read(body("deleteExistingSchedule", json)));
    }

    @ParameterizedTest
    @CsvSource({"reportType, 1", "scheduleFrequency, 1", "nextReportCreationTime, 1",
            "nextReportCreationTime, 1.5", "nextReportCreationTime, 1e3", "nextReportCreationTime, true", "reportType, false"})
    void aNumberOrABooleanIsNeverTakenForTextOrAnEnumValue(String member, String json) {
        assertThrows(JacksonException.class, () -> read(body(member, json)));
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThrows(JacksonException.class, () -> read(body("reportTypes", "\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\"")));
    }
}
