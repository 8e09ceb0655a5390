package org.reportschedules.store;

import java.util.concurrent.atomic.AtomicLong;

import org.reportschedules.domain.ReportIds;
import org.reportschedules.domain.ScheduleIds;

/**
 * Ids shaped like the real service's: schedules and reports 11 digits (68973459224, 59007019641), documents
 * {@code amzn1.tortuga.0.<uuid>.<14 digits>}. They count up from fixed starts, and a reset starts them again,
 * so the ids in examples and tests are the same on every run.
 */
public final class SequentialIds implements ScheduleIds, ReportIds, Resettable {

    /** The next number of each kind of id: what a restart carries on from, so no id is handed out twice. */
    public record Counters(long nextSchedule, long nextReport, long nextDocument) {

        public static final Counters FIRST = new Counters(FIRST_SCHEDULE, FIRST_REPORT, 1);

        /** Each counter at the higher of the two. */
        public Counters atLeast(Counters other) {
            return new Counters(Math.max(nextSchedule, other.nextSchedule), Math.max(nextReport, other.nextReport),
                    Math.max(nextDocument, other.nextDocument));
        }
    }

    private static final long FIRST_SCHEDULE = 50_000_000_000L;
    private static final long FIRST_REPORT = 59_000_000_000L;

    private final AtomicLong schedules = new AtomicLong(FIRST_SCHEDULE);
    private final AtomicLong reports = new AtomicLong(FIRST_REPORT);
    private final AtomicLong documents = new AtomicLong(1);

    @Override
    public String next() {
        return Long.toString(schedules.getAndIncrement());
    }

    @Override
    public String nextReportId() {
        return Long.toString(reports.getAndIncrement());
    }

    @Override
    public String nextDocumentId() {
        long n = documents.getAndIncrement();
        // Built by hand: String.format was nearly half of the time a burst of firing schedules took.
        StringBuilder id = new StringBuilder(72).append("amzn1.tortuga.0.");
        appendZeroPadded(id, n / 100_000_000L, 8).append("-0000-0000-0000-");
        appendZeroPadded(id, n, 12).append('.');
        return appendZeroPadded(id, n, 14).toString();
    }

    /** The number in decimal, led by zeros to at least {@code width} digits (as %0<width>d has it for n >= 0). */
    static StringBuilder appendZeroPadded(StringBuilder to, long n, int width) {
        String digits = Long.toString(n);
        for (int i = digits.length(); i < width; i++) {
            to.append('0');
        }
        return to.append(digits);
    }

    public Counters counters() {
        return new Counters(schedules.get(), reports.get(), documents.get());
    }

    /** Carries on from counters kept by an earlier run; a counter never goes back. */
    public void continueFrom(Counters kept) {
        schedules.accumulateAndGet(kept.nextSchedule(), Math::max);
        reports.accumulateAndGet(kept.nextReport(), Math::max);
        documents.accumulateAndGet(kept.nextDocument(), Math::max);
    }

    @Override
    public void reset() {
        schedules.set(FIRST_SCHEDULE);
        reports.set(FIRST_REPORT);
        documents.set(1);
    }
}
