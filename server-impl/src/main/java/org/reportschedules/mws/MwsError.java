package org.reportschedules.mws;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.mws.model.ErrorResponse;

/** An MWS error answer: an HTTP status and an XML ErrorResponse (Type, Code, Message, RequestId). */
public record MwsError(int status, org.reportschedules.api.mws.model.MwsError.TypeEnum type, String code, String message) {

    /** A message may echo what the client sent; it must still fit in an XML document. */
    public MwsError {
        message = XmlCharacters.sanitize(message);
    }

    public static MwsError sender(int status, String code, String message) {
        return new MwsError(status, org.reportschedules.api.mws.model.MwsError.TypeEnum.SENDER, code, message);
    }

    public static MwsError invalidValue(String parameter, String value, String why) {
        return sender(400, "InvalidParameterValue", "Invalid value '" + value + "' for parameter " + parameter + ": " + why);
    }

    public static MwsError missing(String parameter) {
        return sender(400, "MissingParameter", "The request must contain the parameter " + parameter + ".");
    }

    public MwsRequestRejected rejection() {
        return new MwsRequestRejected(this);
    }

    public Response.ResponseBuilder toResponse(String requestId) {
        ErrorResponse body = new ErrorResponse()
                .error(new org.reportschedules.api.mws.model.MwsError().type(type).code(code).message(message))
                .requestId(requestId);
        return Response.status(status).type(MediaType.TEXT_XML_TYPE).entity(MwsXml.write(body));
    }
}
