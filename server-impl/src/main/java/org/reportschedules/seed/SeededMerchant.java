package org.reportschedules.seed;

import java.util.List;

import org.reportschedules.domain.MerchantId;

/** One merchant of a seed file, as requests name it, with its schedules and reports in the file's order. */
record SeededMerchant(String place, MerchantId merchant, SeedApi api, List<SeededSchedule> schedules, List<SeededReport> reports) {
}
