package org.reportschedules.mws;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The date-times MWS parameters carry: xs:dateTime, whose offset is optional; without one the time is UTC. */
public final class MwsDateTimes {

    private MwsDateTimes() {
    }

    /** The instant a parameter names, or the InvalidParameterValue refusal MWS answers for anything else. */
    static Instant parse(String parameter, String text) {
        return read(text).orElseThrow(() -> MwsError.invalidValue(parameter, text, "use " + EXAMPLE).rejection());
    }

    static final String EXAMPLE = "an ISO 8601 date-time such as 2009-02-20T02:10:42Z";

    /** The instant the text names, or empty when it is no xs:dateTime. */
    public static Optional<Instant> read(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
