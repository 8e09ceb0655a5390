package org.reportschedules.pay;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.pay.model.Error;

/** An Amazon Pay error answer: an HTTP status and the body {@code {reasonCode, message}}. */
public record PayError(int status, String reasonCode, String message) {

    public static PayError invalidValue(String field, Object value) {
        return new PayError(400, "InvalidParameterValue", "The value provided for " + field + " is invalid: " + value + ".");
    }

    public static PayError missingValue(String field) {
        return new PayError(400, "MissingParameterValue", "The value for " + field + " is missing.");
    }

    public static PayError notFound(String what) {
        return new PayError(404, "ResourceNotFound", what + " was not found.");
    }

    public PayRequestRejected rejection() {
        return new PayRequestRejected(this);
    }

    public Response.ResponseBuilder toResponse() {
        Error body = new Error().reasonCode(reasonCode).message(message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    }
}
