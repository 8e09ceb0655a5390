package org.reportschedules.pay;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.reportschedules.text.EchoedValue;

/**
 * How the Pay operations read the values a request sent: a required value, a date-time, a comma-separated
 * list. Each refusal names the field, as Amazon's messages do.
 */
final class PayRequestValues {

    private PayRequestValues() {
    }

    static <T> T requireBody(T body) {
        if (body == null) {
            throw PayError.of(PayReasonCode.InvalidRequestFormat, "The request body is missing: a JSON object is required.").rejection();
        }
        return body;
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw PayError.missingValue(field).rejection();
        }
        return value;
    }

    static Instant requiredDateTime(String text, String field) {
        return dateTime(required(text, field), field);
    }

    static Instant dateTime(String text, String field) {
        return PayDateTimes.parse(text).orElseThrow(() -> PayError.of(PayReasonCode.InvalidParameterValue,
                "The value provided for " + field + " is invalid: " + EchoedValue.of(text)
                        + ". Use an ISO 8601 date-time such as 20221118T150630Z or 2022-11-18T15:06:30Z.").rejection());
    }

    /** The entries of a comma-separated list, trimmed; empty entries are dropped, and so is a blank list. */
    static List<String> commaSeparated(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(entry -> !entry.isEmpty()).toList();
    }

    /**
     * The report types a {@code reportTypes} filter names. An unknown one is refused rather than ignored, so a
     * typo cannot silently change what is listed.
     */
    static List<String> reportTypes(String text, PayContractValues contract) {
        List<String> types = commaSeparated(text);
        types.stream().filter(type -> !contract.reportTypes().contains(type)).findFirst().ifPresent(unknown -> {
            throw PayError.invalidValue("reportTypes", unknown).rejection();
        });
        return types;
    }
}
