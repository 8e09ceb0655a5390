package org.reportschedules.mws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.reportschedules.api.mws.model.GetReportScheduleCountResponse;
import org.reportschedules.api.mws.model.GetReportScheduleCountResult;
import org.reportschedules.api.mws.model.GetReportScheduleListResponse;
import org.reportschedules.api.mws.model.ManageReportScheduleResponse;
import org.reportschedules.api.mws.model.ManageReportScheduleResult;
import org.reportschedules.api.mws.model.ReportScheduleListResult;
import org.reportschedules.api.mws.model.SchedulableReportType;
import org.reportschedules.api.mws.model.Schedule;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.ManageOutcome;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ScheduleTimes;
import org.reportschedules.store.MerchantRepository;
import org.reportschedules.text.EchoedValue;

/** The four MWS report-schedule actions on one seller's schedules, answered with the generated models. */
public final class ReportScheduleActions {

    /** The docs: ScheduleDate "cannot be more than 366 days from now". */
    static final Duration FURTHEST_SCHEDULE_DATE = Duration.ofDays(366);
    private static final String TYPE_LIST = "ReportTypeList.Type.";
    private static final Set<String> SCHEDULABLE = Arrays.stream(SchedulableReportType.values())
            .map(SchedulableReportType::toString)
            .collect(Collectors.toUnmodifiableSet());

    private final MerchantRepository repository;
    private final MwsSchedules schedules;
    private final Clock clock;
    private final boolean strictReportTypes;

    public ReportScheduleActions(MerchantRepository repository, MwsSchedules schedules, Clock clock, boolean strictReportTypes) {
        this.repository = repository;
        this.schedules = schedules;
        this.clock = clock;
        this.strictReportTypes = strictReportTypes;
    }

    /** Whether the documentation lets this report type be scheduled (the rule of {@code --mws-report-types strict}). */
    public static boolean isSchedulable(String reportType) {
        return SCHEDULABLE.contains(reportType);
    }

    /** These actions, by name, for the {@link ReportsSection}. */
    Map<String, ReportsSection.Action> actions() {
        return Map.of(
                "ManageReportSchedule", this::manage,
                "GetReportScheduleList", this::list,
                "GetReportScheduleListByNextToken", (seller, parameters, requestId) -> listByNextToken(parameters),
                "GetReportScheduleCount", this::count);
    }

    /** Creates, updates or (Schedule=_NEVER_) deletes the schedule of one report type. */
    ManageReportScheduleResponse manage(MerchantId seller, MwsParameters parameters, String requestId) {
        String reportType = parameters.required("ReportType");
        String scheduleName = parameters.required("Schedule");
        if (!schedules.isKnown(scheduleName)) {
            throw new MwsError(MwsErrorCode.InvalidScheduleFrequency, "Schedule " + EchoedValue.of(scheduleName) + " is not a valid Schedule value.").rejection();
        }
        if (strictReportTypes && !isSchedulable(reportType)) {
            throw new MwsError(MwsErrorCode.InvalidReportType, "Report type " + EchoedValue.of(reportType)
                    + " cannot be scheduled: only order reports and Amazon Product Ads reports can.").rejection();
        }
        // A ScheduleDate that is given must be a date for every Schedule, _NEVER_ too: a malformed value is never
        // ignored. Only a schedule that will run needs it within 366 days.
        Optional<Frequency> frequency = schedules.frequencyOf(scheduleName);
        Instant date = frequency.isPresent() ? scheduleDate(parameters) : null;
        if (frequency.isEmpty()) {
            parameters.get("ScheduleDate").ifPresent(text -> readableDate(text));
        }
        ManageOutcome outcome = repository.change(seller, records -> frequency
                .map(f -> records.schedules().set(reportType, f, date))
                .orElseGet(() -> records.schedules().delete(reportType)));
        ManageReportScheduleResult result = new ManageReportScheduleResult();
        if (outcome instanceof ManageOutcome.Created created) {
            result.addReportScheduleItem(toModel(created.schedule()));
        } else if (outcome instanceof ManageOutcome.Updated updated) {
            result.addReportScheduleItem(toModel(updated.schedule()));
        } else if (outcome instanceof ManageOutcome.Deleted deleted) {
            // Our choice: the deleted schedule is echoed with Schedule _NEVER_, so Count says what changed.
            result.addReportScheduleItem(toModel(deleted.schedule()).schedule(Schedule._NEVER_));
        }
        result.count(result.getReportSchedule().size());
        return new ManageReportScheduleResponse().manageReportScheduleResult(result).responseMetadata(ReportsSection.metadata(requestId));
    }

    GetReportScheduleListResponse list(MerchantId seller, MwsParameters parameters, String requestId) {
        return new GetReportScheduleListResponse()
                .getReportScheduleListResult(listResult(seller, parameters))
                .responseMetadata(ReportsSection.metadata(requestId));
    }

    /**
     * The docs: GetReportScheduleList never returns a NextToken, so this action "can never be called"; any
     * token is one this service did not issue.
     */
    Object listByNextToken(MwsParameters parameters) {
        String token = parameters.required("NextToken");
        throw MwsError.invalidValue("NextToken", token,
                "GetReportScheduleList never returns a NextToken, so no token is valid").rejection();
    }

    GetReportScheduleCountResponse count(MerchantId seller, MwsParameters parameters, String requestId) {
        int count = listed(seller, parameters).size();
        return new GetReportScheduleCountResponse()
                .getReportScheduleCountResult(new GetReportScheduleCountResult().count(count))
                .responseMetadata(ReportsSection.metadata(requestId));
    }

    private List<ReportSchedule> listed(MerchantId seller, MwsParameters parameters) {
        List<String> types = parameters.numbered(TYPE_LIST);
        return repository.read(seller, records -> records.schedules().list(types));
    }

    private ReportScheduleListResult listResult(MerchantId seller, MwsParameters parameters) {
        List<ReportSchedule> found = listed(seller, parameters);
        ReportScheduleListResult result = new ReportScheduleListResult().hasNext(false);
        found.forEach(schedule -> result.addReportScheduleItem(toModel(schedule)));
        return result;
    }

    private static Instant readableDate(String text) {
        Instant date = MwsDateTimes.parse("ScheduleDate", text);
        if (!ScheduleTimes.isRepresentable(date)) {
            throw MwsError.invalidValue("ScheduleDate", text, "the year must be between 0001 and 9999").rejection();
        }
        return date;
    }

    private Instant scheduleDate(MwsParameters parameters) {
        Instant now = clock.instant();
        return parameters.get("ScheduleDate").map(text -> {
            Instant date = readableDate(text);
            if (date.isAfter(now.plus(FURTHEST_SCHEDULE_DATE))) {
                throw MwsError.invalidValue("ScheduleDate", text, "it cannot be more than 366 days from now").rejection();
            }
            return date;
        }).orElse(now);
    }

    private org.reportschedules.api.mws.model.ReportSchedule toModel(ReportSchedule schedule) {
        return new org.reportschedules.api.mws.model.ReportSchedule()
                .reportType(schedule.reportType())
                .schedule(Schedule.fromValue(schedules.nameOf(schedule.frequency())))
                .scheduledDate(schedule.nextReportCreationTime().atOffset(ZoneOffset.UTC));
    }
}
