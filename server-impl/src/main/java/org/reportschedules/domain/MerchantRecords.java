package org.reportschedules.domain;

/** Everything the stub keeps for one merchant: its schedules, its reports, and the outcomes planned for them. */
public record MerchantRecords(ScheduleBook schedules, ReportBook reports, ReportOutcomes outcomes) {

    public static MerchantRecords empty(ScheduleIds ids) {
        return new MerchantRecords(new ScheduleBook(ids), new ReportBook(), new ReportOutcomes());
    }

    /** Records of their own, equal to these now: what a change that could not be kept is undone to. */
    public MerchantRecords copy() {
        return new MerchantRecords(schedules.copy(), reports.copy(), outcomes.copy());
    }
}
