package org.reportschedules.mws;

import java.time.Instant;

/**
 * How an MWS request is dated: the AWS query family dates every request by exactly one of Timestamp (when it
 * was made) and Expires (until when it is valid). Read in every signature mode, so a malformed date is refused
 * even where its age is not judged.
 *
 * @param parameter Timestamp or Expires
 * @param written   the value as the client wrote it, for messages
 * @param instant   the instant it names (without an offset, UTC, as xs:dateTime reads it)
 */
record RequestDate(String parameter, String written, Instant instant) {

    static final String TIMESTAMP = "Timestamp";
    static final String EXPIRES = "Expires";

    /** The request's date, or the refusal MWS answers: neither parameter, both, or a value that is no date-time. */
    static RequestDate of(MwsParameters parameters) {
        boolean timestamp = parameters.get(TIMESTAMP).isPresent();
        boolean expires = parameters.get(EXPIRES).isPresent();
        if (timestamp && expires) {
            throw new MwsError(MwsErrorCode.InvalidParameterValue,
                    "Timestamp and Expires are mutually exclusive; give only one of them.").rejection();
        }
        if (!timestamp && !expires) {
            throw MwsError.missing(TIMESTAMP).rejection();
        }
        String parameter = timestamp ? TIMESTAMP : EXPIRES;
        String written = parameters.required(parameter);
        return new RequestDate(parameter, written, MwsDateTimes.parse(parameter, written));
    }

    boolean isExpiry() {
        return parameter.equals(EXPIRES);
    }
}
