package org.reportschedules.mws;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The date-times MWS parameters carry: xs:dateTime, whose offset is optional; without one the time is UTC. */
final class MwsDateTimes {

    private MwsDateTimes() {
    }

    /** The instant a parameter names, or the InvalidParameterValue refusal MWS answers for anything else. */
    static Instant parse(String parameter, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                throw MwsError.invalidValue(parameter, text, "use an ISO 8601 date-time such as 2009-02-20T02:10:42Z").rejection();
            }
        }
    }
}
