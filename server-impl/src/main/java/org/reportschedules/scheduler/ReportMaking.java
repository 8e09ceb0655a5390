package org.reportschedules.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportIds;
import org.reportschedules.domain.ScheduleBook;

/**
 * Makes reports: the ones schedules owe when their time has come, and the ones merchants ask for. A report
 * is processed for {@code processingDelay} from its creation, then ends as the merchant's planned outcome
 * (COMPLETED unless a test planned otherwise), so no timer is needed: its status is read from the clock.
 *
 * @param catchUpCap  at most this many reports per schedule when it is found overdue by several periods
 *                    (a clock jump, a restart, a schedule created in the past); older periods are skipped
 * @param keptFor     how long reports are kept after their creation (Amazon: 90 days)
 */
public record ReportMaking(Clock clock, ReportIds ids, Duration processingDelay, int catchUpCap, Duration keptFor) {

    public static final int DEFAULT_CATCH_UP_CAP = 10;
    public static final Duration DEFAULT_PROCESSING_DELAY = Duration.ofSeconds(5);
    public static final Duration KEPT_FOR = Duration.ofDays(90);

    public ReportMaking {
        if (processingDelay.isNegative() || catchUpCap < 1) {
            throw new IllegalArgumentException("Processing takes no negative time, and a schedule catches up at least once");
        }
    }

    /** Fires what the merchant's schedules owe by now, and forgets reports past their keeping time. */
    public void fireDue(MerchantRecords records) {
        Instant now = clock.instant();
        for (ScheduleBook.DueReport due : records.schedules().fireDue(now, catchUpCap)) {
            records.reports().add(make(records, due.reportType(), due.periodStart(), due.periodEnd(), due.periodEnd(), due.scheduleId()));
        }
        records.reports().forgetCreatedBefore(now.minus(keptFor));
    }

    /** A report asked for now, of the data from {@code start} to {@code end}; the caller has checked the period. */
    public Report makeNow(MerchantRecords records, String reportType, Instant start, Instant end) {
        Report report = make(records, reportType, start, end, clock.instant(), null);
        records.reports().add(report);
        return report;
    }

    private Report make(MerchantRecords records, String reportType, Instant start, Instant end, Instant created, String scheduleId) {
        ProcessingStatus outcome = records.outcomes().next(reportType);
        return new Report(ids.nextReportId(), reportType, start, end, created, created.plus(processingDelay), outcome,
                outcome == ProcessingStatus.COMPLETED ? ids.nextDocumentId() : null, scheduleId);
    }
}
