package org.reportschedules.seed;

import java.time.Instant;
import java.util.Optional;

import org.reportschedules.domain.Frequency;

/**
 * A schedule as a seed file gives it, checked against the file's own rules.
 *
 * @param place where it is in the file, e.g. {@code merchants[0].schedules[1]}
 * @param id    the id the file fixes; empty to take the next from the stub's counter
 * @param next  its next report creation time; empty for "when the seed is loaded" (MWS without ScheduleDate)
 */
record SeededSchedule(String place, Optional<String> id, String reportType, Frequency frequency, Optional<Instant> next) {
}
