package org.reportschedules.pay;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.pay.ReportSchedulesApi;
import org.reportschedules.api.pay.model.CreateReportScheduleRequest;
import org.reportschedules.api.pay.model.CreateReportScheduleResponse;
import org.reportschedules.api.pay.model.ReportScheduleList;
import org.reportschedules.api.pay.model.ReportType;
import org.reportschedules.domain.CreateOutcome;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.domain.ScheduleBook;
import org.reportschedules.store.ScheduleStore;

/** The Amazon Pay v2 report-schedule operations, as the generated interface declares them. */
public class ReportSchedulesResource implements ReportSchedulesApi {

    /** The docs: this report type "does not support schedule creation". */
    private static final Set<ReportType> NOT_SCHEDULABLE =
            Set.of(ReportType._GET_CSV_CUSTOM_OFFAMAZONPAYMENTS_MULTI_CURRENCY_PAYMENTS_DATA_);

    private final ScheduleStore store;
    private final PaySettings settings;

    @Context
    private ContainerRequestContext request;

    @Inject
    public ReportSchedulesResource(ScheduleStore store, PaySettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public Response getReportSchedules(String reportTypes, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        List<String> types = reportTypeFilter(reportTypes);
        ScheduleBook book = book();
        return Response.ok(PaySchedules.list(book.list(types))).build();
    }

    @Override
    public Response getReportScheduleById(String reportScheduleId, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        ReportSchedule schedule = book().find(reportScheduleId).orElseThrow(() -> scheduleNotFound(reportScheduleId));
        Object body = settings.scheduleByIdShape() == ScheduleByIdShape.WRAPPED
                ? PaySchedules.list(List.of(schedule))
                : PaySchedules.toModel(schedule);
        return Response.ok(body).build();
    }

    @Override
    public Response createReportSchedule(CreateReportScheduleRequest body, String deleteExistingSchedule,
                                         String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion,
                                         String xAmzPayIdempotencyKey) {
        if (body == null) {
            throw new PayError(400, "InvalidRequestFormat", "The request body is missing: a JSON object is required.").rejection();
        }
        ReportType reportType = required(body.getReportType(), "reportType");
        Frequency frequency = Frequency.of(required(body.getScheduleFrequency(), "scheduleFrequency").toString());
        Instant next = nextReportCreationTime(required(body.getNextReportCreationTime(), "nextReportCreationTime"));
        if (NOT_SCHEDULABLE.contains(reportType)) {
            throw new PayError(400, "InvalidParameterValue",
                    "Report type " + reportType + " does not support schedule creation.").rejection();
        }
        boolean replace = replaceExisting(deleteExistingSchedule, body.getDeleteExistingSchedule());

        CreateOutcome outcome = book().create(reportType.toString(), frequency, next, replace);
        if (outcome instanceof CreateOutcome.Refused refused) {
            throw new PayError(settings.scheduleConflictStatus(), "InvalidRequest",
                    "A schedule for " + reportType + " already exists (reportScheduleId " + refused.existing().id()
                            + "). Cancel it first or set deleteExistingSchedule to true to replace it.").rejection();
        }
        String id = outcome instanceof CreateOutcome.Created created
                ? created.schedule().id()
                : ((CreateOutcome.Replaced) outcome).schedule().id();
        return Response.status(Response.Status.CREATED)
                .entity(new CreateReportScheduleResponse().reportScheduleId(id))
                .build();
    }

    @Override
    public Response cancelReportSchedule(String reportScheduleId, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        book().cancel(reportScheduleId).orElseThrow(() -> scheduleNotFound(reportScheduleId));
        return Response.ok(Map.of()).build();
    }

    private ScheduleBook book() {
        return store.bookOf(PayMerchants.of(request));
    }

    private static PayRequestRejected scheduleNotFound(String id) {
        return PayError.notFound("Report schedule " + id).rejection();
    }

    private static <T> T required(T value, String field) {
        if (value == null || value.toString().isBlank()) {
            throw PayError.missingValue(field).rejection();
        }
        return value;
    }

    private static Instant nextReportCreationTime(String text) {
        return PayDateTimes.parse(text).orElseThrow(() -> new PayError(400, "InvalidParameterValue",
                "The value provided for nextReportCreationTime is invalid: " + text
                        + ". Use an ISO 8601 date-time such as 20221118T150630Z or 2022-11-18T15:06:30Z.").rejection());
    }

    /** Unknown names are refused rather than ignored, so a typo cannot silently widen the list. */
    private static List<String> reportTypeFilter(String reportTypes) {
        if (reportTypes == null || reportTypes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reportTypes.split(","))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .map(t -> {
                    try {
                        return ReportType.fromValue(t).toString();
                    } catch (IllegalArgumentException e) {
                        throw PayError.invalidValue("reportTypes", t).rejection();
                    }
                })
                .collect(Collectors.toList());
    }

    /** The docs put the flag in the query, the SDKs in the body; either one set to true asks for replacement. */
    private static boolean replaceExisting(String queryValue, Boolean bodyValue) {
        if (queryValue != null && !queryValue.equals("true") && !queryValue.equals("false")) {
            throw PayError.invalidValue("deleteExistingSchedule", queryValue).rejection();
        }
        return "true".equals(queryValue) || Boolean.TRUE.equals(bodyValue);
    }
}
