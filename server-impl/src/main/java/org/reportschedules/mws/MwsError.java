package org.reportschedules.mws;

import java.util.Objects;

import org.reportschedules.text.EchoedValue;

/** An MWS error answer: an error code (which gives the HTTP status and Type) and a message. */
public record MwsError(MwsErrorCode code, String message) {

    /** A message may echo what the client sent; it must still fit in an XML document. */
    public MwsError {
        Objects.requireNonNull(code, "code");
        message = XmlCharacters.sanitize(message);
    }

    public static MwsError invalidValue(String parameter, String value, String why) {
        return new MwsError(MwsErrorCode.InvalidParameterValue, "Invalid value '" + EchoedValue.of(value) + "' for parameter " + parameter + ": " + why);
    }

    public static MwsError missing(String parameter) {
        return new MwsError(MwsErrorCode.MissingParameter, "The request must contain the parameter " + parameter + ".");
    }

    public int status() {
        return code.status();
    }

    public MwsRequestRejected rejection() {
        return new MwsRequestRejected(this);
    }
}
