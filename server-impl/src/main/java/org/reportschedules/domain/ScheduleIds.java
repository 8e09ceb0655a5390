package org.reportschedules.domain;

/**
 * Where new schedule ids come from. Ids are unique across all merchants, so an id names one schedule only;
 * merchants are kept apart by their own books, not by ids.
 */
@FunctionalInterface
public interface ScheduleIds {

    /** An id not handed out since the stub started or was last reset. */
    String next();
}
