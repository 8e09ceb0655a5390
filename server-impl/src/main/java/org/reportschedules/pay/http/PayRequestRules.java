package org.reportschedules.pay.http;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportschedules.pay.PayError;
import org.reportschedules.pay.PayReasonCode;
import org.reportschedules.wire.HeaderShapes;

/**
 * Rules on the shape of a Pay request that Jersey would otherwise answer with an empty 400 or apply
 * half-way. They take plain values, so each is tested without a server.
 */
final class PayRequestRules {

    private PayRequestRules() {
    }

    /**
     * The comma-separated list parameters. The official Java SDK sends a list of several values as the
     * parameter repeated (reportTypes=A&reportTypes=B), the other SDKs as one comma-separated value.
     */
    static final Set<String> LIST_PARAMETERS = Set.of("reportTypes", "processingStatuses");

    /** The same list as one comma-separated value, as the generated interface reads it; null when not repeated. */
    static String joinedList(String name, List<String> values) {
        return LIST_PARAMETERS.contains(name) && values.size() > 1 ? String.join(",", values) : null;
    }

    /** Jersey would hand the resource the first value only, so a second one would pass unchecked. */
    static void requireSingleValues(Map<String, List<String>> queryParameters) {
        queryParameters.forEach((name, values) -> {
            if (values.size() > 1 && !LIST_PARAMETERS.contains(name)) {
                throw PayError.of(PayReasonCode.InvalidParameterValue,
                        "The query parameter " + name + " is given more than once.").rejection();
            }
        });
    }

    /** A content-type, when there is one, must be a media type (whether JSON is checked when matching). */
    static void requireMediaType(String contentType) {
        if (!HeaderShapes.isMediaTypeOrAbsent(contentType)) {
            throw PayError.of(PayReasonCode.InvalidHeaderValue, "The content-type header is not a media type: " + contentType).rejection();
        }
    }

    /** An accept header, when there is one, must be a list of media types. */
    static void requireMediaTypeList(String accept) {
        if (!HeaderShapes.isMediaTypeListOrAbsent(accept)) {
            throw PayError.of(PayReasonCode.InvalidHeaderValue, "The accept header is not a list of media types: " + accept).rejection();
        }
    }
}
