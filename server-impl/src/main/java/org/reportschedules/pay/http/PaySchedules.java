package org.reportschedules.pay.http;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.reportschedules.api.pay.model.ReportSchedule;
import org.reportschedules.api.pay.model.ReportScheduleList;
import org.reportschedules.api.pay.model.ReportType;
import org.reportschedules.api.pay.model.ScheduleFrequency;
import org.reportschedules.pay.PayDateTimes;

/** Maps domain schedules onto the generated Pay models. */
final class PaySchedules {

    // The generated fromValue compares the value with every constant's: most of mapping a GET's list to models.
    private static final Map<String, ReportType> REPORT_TYPES = Arrays.stream(ReportType.values())
            .collect(Collectors.toUnmodifiableMap(ReportType::toString, type -> type));

    private PaySchedules() {
    }

    static ReportSchedule toModel(org.reportschedules.domain.ReportSchedule schedule) {
        return new ReportSchedule()
                .reportScheduleId(schedule.id())
                .reportType(reportType(schedule.reportType()))
                .scheduleFrequency(ScheduleFrequency.fromValue(schedule.frequency().iso8601()))
                .nextReportCreationTime(PayDateTimes.format(schedule.nextReportCreationTime()));
    }

    private static ReportType reportType(String value) {
        ReportType known = REPORT_TYPES.get(value);
        return known != null ? known : ReportType.fromValue(value);
    }

    static ReportScheduleList list(List<org.reportschedules.domain.ReportSchedule> schedules) {
        return new ReportScheduleList().reportSchedules(schedules.stream().map(PaySchedules::toModel).toList());
    }
}
