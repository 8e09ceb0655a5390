package org.reportschedules.pay.http;

import java.util.List;

import org.reportschedules.api.pay.model.ReportSchedule;
import org.reportschedules.api.pay.model.ReportScheduleList;
import org.reportschedules.api.pay.model.ReportType;
import org.reportschedules.api.pay.model.ScheduleFrequency;
import org.reportschedules.pay.PayDateTimes;

/** Maps domain schedules onto the generated Pay models. */
final class PaySchedules {

    private PaySchedules() {
    }

    static ReportSchedule toModel(org.reportschedules.domain.ReportSchedule schedule) {
        return new ReportSchedule()
                .reportScheduleId(schedule.id())
                .reportType(ReportType.fromValue(schedule.reportType()))
                .scheduleFrequency(ScheduleFrequency.fromValue(schedule.frequency().iso8601()))
                .nextReportCreationTime(PayDateTimes.format(schedule.nextReportCreationTime()));
    }

    static ReportScheduleList list(List<org.reportschedules.domain.ReportSchedule> schedules) {
        return new ReportScheduleList().reportSchedules(schedules.stream().map(PaySchedules::toModel).toList());
    }
}
