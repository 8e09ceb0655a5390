package org.reportschedules.pay;

import java.time.Instant;
import java.util.List;

import org.reportschedules.domain.CreateOutcome;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.store.MerchantRepository;
import org.reportschedules.text.EchoedValue;

/**
 * The Amazon Pay v2 report-schedule operations and their rules, on plain values: what the resource has read
 * from HTTP goes in, domain schedules come out, and every refusal is a {@link PayRequestRejected} carrying
 * the Amazon Pay error.
 */
public final class PayReportSchedules {

    private final MerchantRepository schedules;
    private final PaySettings settings;
    private final PayContractValues contract;

    public PayReportSchedules(MerchantRepository schedules, PaySettings settings, PayContractValues contract) {
        this.schedules = schedules;
        this.settings = settings;
        this.contract = contract;
    }

    /** The merchant's schedules, only those of the listed types when {@code reportTypes} (comma-separated) names any. */
    public List<ReportSchedule> list(PayCaller caller, String reportTypes) {
        List<String> types = PayRequestValues.reportTypes(reportTypes, contract);
        return schedules.read(caller.merchant(), records -> records.schedules().list(types));
    }

    public ReportSchedule find(PayCaller caller, String reportScheduleId) {
        return schedules.read(caller.merchant(), records -> records.schedules().find(reportScheduleId))
                .orElseThrow(() -> scheduleNotFound(reportScheduleId));
    }

    /** Creates the schedule and returns its id; replaces the type's existing one only when asked to. */
    public String create(PayCaller caller, NewReportSchedule request) {
        PayRequestValues.requireBody(request);
        String reportType = PayRequestValues.required(request.reportType(), "reportType");
        Frequency frequency = frequency(PayRequestValues.required(request.scheduleFrequency(), "scheduleFrequency"));
        Instant next = PayRequestValues.requiredDateTime(request.nextReportCreationTime(), "nextReportCreationTime");
        // Over HTTP the JSON reader has already refused an unknown type; a direct caller has not.
        if (!contract.reportTypes().contains(reportType)) {
            throw PayError.invalidValue("reportType", reportType).rejection();
        }
        if (contract.notSchedulable().contains(reportType)) {
            throw PayError.of(PayReasonCode.InvalidParameterValue,
                    "Report type " + reportType + " does not support schedule creation.").rejection();
        }
        boolean replace = replaceExisting(request.deleteExistingInQuery(), request.deleteExistingInBody());
        CreateOutcome outcome = schedules.change(caller.merchant(), records -> records.schedules().create(reportType, frequency, next, replace));
        if (outcome instanceof CreateOutcome.Refused refused) {
            throw new PayError(settings.scheduleConflictStatus(), PayReasonCode.InvalidRequest,
                    "A schedule for " + reportType + " already exists (reportScheduleId " + refused.existing().id()
                            + "). Cancel it first or set deleteExistingSchedule to true to replace it.").rejection();
        }
        return outcome instanceof CreateOutcome.Created created
                ? created.schedule().id()
                : ((CreateOutcome.Replaced) outcome).schedule().id();
    }

    public void cancel(PayCaller caller, String reportScheduleId) {
        schedules.change(caller.merchant(), records -> records.schedules().cancel(reportScheduleId)).orElseThrow(() -> scheduleNotFound(reportScheduleId));
    }

    private static PayRequestRejected scheduleNotFound(String id) {
        return PayError.notFound("Report schedule " + EchoedValue.of(id)).rejection();
    }

    private Frequency frequency(String iso8601) {
        if (!contract.frequencies().contains(iso8601)) {
            throw PayError.of(PayReasonCode.InvalidParameterValue, "The value provided for scheduleFrequency is invalid: "
                    + EchoedValue.of(iso8601) + ". Allowed values: " + String.join(", ", contract.frequencies()) + ".").rejection();
        }
        return Frequency.of(iso8601);
    }

    /** The docs put the flag in the query, the SDKs in the body; either one set to true asks for replacement. */
    private static boolean replaceExisting(String queryValue, Boolean bodyValue) {
        if (queryValue != null && !queryValue.equals("true") && !queryValue.equals("false")) {
            throw PayError.invalidValue("deleteExistingSchedule", queryValue).rejection();
        }
        return "true".equals(queryValue) || Boolean.TRUE.equals(bodyValue);
    }
}
