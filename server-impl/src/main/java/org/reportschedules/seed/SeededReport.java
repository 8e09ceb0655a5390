package org.reportschedules.seed;

import java.time.Instant;
import java.util.Optional;

import org.reportschedules.domain.ProcessingStatus;

/**
 * A report as a seed file gives it: the data of one type over one period, its status when the seed is loaded.
 *
 * @param place   where it is in the file, e.g. {@code merchants[0].reports[0]}
 * @param created when it was created; empty for "when the seed is loaded"
 */
record SeededReport(String place, String reportType, Instant start, Instant end, ProcessingStatus status, Optional<Instant> created) {
}
