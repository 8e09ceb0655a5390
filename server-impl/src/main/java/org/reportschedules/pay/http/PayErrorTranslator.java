package org.reportschedules.pay.http;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import org.glassfish.jersey.server.ParamException;

import org.reportschedules.pay.PayError;
import org.reportschedules.pay.PayReasonCode;
import org.reportschedules.pay.PayRequestRejected;
import org.reportschedules.text.EchoedValue;
import org.reportschedules.wire.JsonFailures;
import org.reportschedules.store.StoreUnavailable;
import org.reportschedules.wire.MalformedRequest;
import org.reportschedules.wire.RequestTooLarge;

/**
 * Turns whatever went wrong into the Amazon Pay error the real service would give, using only the
 * documented reason codes. Jersey's and Jackson's own answers (plain text, empty bodies, class names)
 * never reach the client.
 */
final class PayErrorTranslator {

    private PayErrorTranslator() {
    }

    static PayError translate(Throwable failure, String method, String path) {
        if (failure instanceof PayRequestRejected rejected) {
            return rejected.error();
        }
        if (StoreUnavailable.in(failure).isPresent()) {
            return PayError.of(PayReasonCode.ServiceUnavailable, StoreUnavailable.MESSAGE);
        }
        if (failure instanceof MalformedRequest malformed) {
            return PayError.of(PayReasonCode.InvalidRequest, malformed.getMessage());
        }
        Optional<RequestTooLarge> tooLarge = RequestTooLarge.in(failure);
        if (tooLarge.isPresent()) {
            return PayError.of(PayReasonCode.RequestEntityTooLarge, tooLarge.get().getMessage());
        }
        if (failure instanceof JacksonException json) {
            return fromJson(json);
        }
        // Jersey answers a query parameter it cannot convert with a bare 404. The only one the Pay
        // interfaces do not take as text is Get Reports' pageSize, an integer.
        if (failure instanceof ParamException param) {
            return PayError.of(PayReasonCode.InvalidParameterValue,
                    "The value provided for " + param.getParameterName() + " is invalid: it must be a whole number.");
        }
        if (failure instanceof NotFoundException) {
            return PayError.of(PayReasonCode.ResourceNotFound, "No operation exists at " + EchoedValue.of(path) + ".");
        }
        if (failure instanceof NotAllowedException) {
            return PayError.of(PayReasonCode.UnsupportedOperation, EchoedValue.of(method) + " is not supported on " + EchoedValue.of(path) + ".");
        }
        if (failure instanceof NotSupportedException) {
            return PayError.of(PayReasonCode.InvalidHeaderValue, "The content-type header must be application/json.");
        }
        if (failure instanceof NotAcceptableException) {
            return PayError.of(PayReasonCode.InvalidHeaderValue, "The accept header must allow application/json.");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return PayError.of(PayReasonCode.InvalidRequest, "The request is invalid: " + web.getMessage());
        }
        return PayError.of(PayReasonCode.InternalServerError, "The stub failed to process the request; see its log.");
    }

    private static PayError fromJson(JacksonException failure) {
        String field = fieldOf(failure);
        Optional<String> beyondLimits = JsonFailures.beyondReadingLimits(failure);
        if (beyondLimits.isPresent()) {
            return field.isEmpty()
                    ? PayError.of(PayReasonCode.InvalidRequestFormat, "The request body holds " + beyondLimits.get() + ".")
                    : PayError.invalidValue(field, beyondLimits.get());
        }
        Optional<String> duplicate = JsonFailures.duplicateField(failure);
        if (duplicate.isPresent()) {
            return PayError.of(PayReasonCode.InvalidParameterValue, "The field " + EchoedValue.of(duplicate.get())
                    + " is given more than once in the request body; give it once.");
        }
        if (failure instanceof StreamReadException && !(failure instanceof JsonMappingException)) {
            return PayError.of(PayReasonCode.InvalidRequestFormat, "The request body is not valid JSON.");
        }
        if (failure instanceof UnrecognizedPropertyException) {
            return PayError.of(PayReasonCode.UnrecognizedField, "The field " + EchoedValue.of(field) + " is not recognized.");
        }
        Optional<String> missing = JsonFailures.missingField(failure);
        if (missing.isPresent()) {
            return PayError.missingValue(missing.get());
        }
        if (field.isEmpty()) {
            return PayError.of(PayReasonCode.InvalidRequestFormat, "The request body must be a JSON object.");
        }
        String value = rejectedValue(failure);
        return PayError.of(PayReasonCode.InvalidParameterValue,
                "The value provided for " + field + " is invalid" + value + "." + allowedValues(targetType(failure)));
    }

    /** ": value" when the refused JSON value is known, so the client sees what it sent. */
    private static String rejectedValue(JacksonException failure) {
        if (failure instanceof InvalidFormatException invalid) {
            return ": " + EchoedValue.of(invalid.getValue());
        }
        // An enum's creator fails without the value; the parser still stands on it.
        if (failure.getProcessor() instanceof JsonParser parser && parser.currentToken() == JsonToken.VALUE_STRING) {
            try {
                return ": " + EchoedValue.of(parser.getText());
            } catch (IOException e) {
                return "";
            }
        }
        return "";
    }

    private static Class<?> targetType(JacksonException failure) {
        if (failure instanceof ValueInstantiationException instantiation) {
            return instantiation.getType().getRawClass();
        }
        if (failure instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        return null;
    }

    /** For a field of one of the contract's enums, the message lists the values the contract allows. */
    private static String allowedValues(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return " Allowed values: " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")) + ".";
    }

    private static String fieldOf(JacksonException failure) {
        if (failure instanceof JsonMappingException mapping) {
            List<JsonMappingException.Reference> path = mapping.getPath();
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i).getFieldName() != null) {
                    return path.get(i).getFieldName();
                }
            }
        }
        return "";
    }
}
