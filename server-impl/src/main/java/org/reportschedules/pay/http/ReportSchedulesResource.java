package org.reportschedules.pay.http;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.pay.ReportSchedulesApi;
import org.reportschedules.api.pay.model.CreateReportScheduleRequest;
import org.reportschedules.api.pay.model.CreateReportScheduleResponse;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.pay.IdempotencyKey;
import org.reportschedules.pay.IdempotentReplies;
import org.reportschedules.pay.NewReportSchedule;
import org.reportschedules.pay.PayCaller;
import org.reportschedules.pay.PayReportSchedules;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.ScheduleByIdShape;
import org.reportschedules.wire.ServedRequests;

/**
 * The Amazon Pay v2 report-schedule operations, as the generated interface declares them: HTTP in, a call
 * to {@link PayReportSchedules}, the generated models out. The rules live there.
 */
@Singleton
public class ReportSchedulesResource implements ReportSchedulesApi {

    private final PayReportSchedules schedules;
    private final PaySettings settings;
    private final IdempotentReplies replies;

    // One instance serves every request (built per request, it cost an eighth of a GET; see docs/BENCHMARKS.md),
    // so the request is found per call (ServedRequests): ContainerRequestContext cannot be injected as a proxy.
    private final Provider<ContainerRequestContext> requests;

    @Inject
    public ReportSchedulesResource(PayReportSchedules schedules, PaySettings settings, IdempotentReplies replies,
                                   Provider<ContainerRequestContext> requests) {
        this.requests = requests;
        this.schedules = schedules;
        this.settings = settings;
        this.replies = replies;
    }

    @Override
    public Response getReportSchedules(String reportTypes, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        return Response.ok(PaySchedules.list(schedules.list(caller(), reportTypes))).build();
    }

    @Override
    public Response getReportScheduleById(String reportScheduleId, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        ReportSchedule schedule = schedules.find(caller(), reportScheduleId);
        Object body = settings.scheduleByIdShape() == ScheduleByIdShape.WRAPPED
                ? PaySchedules.list(List.of(schedule))
                : PaySchedules.toModel(schedule);
        return Response.ok(body).build();
    }

    @Override
    public Response createReportSchedule(CreateReportScheduleRequest body, String deleteExistingSchedule,
                                         String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion,
                                         String xAmzPayIdempotencyKey) {
        NewReportSchedule asked = body == null ? null : new NewReportSchedule(
                textOf(body.getReportType()), textOf(body.getScheduleFrequency()), body.getNextReportCreationTime(),
                body.getDeleteExistingSchedule(), deleteExistingSchedule);
        // The header as received, not the generated parameter: a key given twice must be refused, not half read.
        ContainerRequestContext request = request();
        PayCaller caller = PayPaths.callerOf(request);
        String id = replies.once(caller, request.getHeaderString(IdempotencyKey.HEADER), asked, () -> schedules.create(caller, asked));
        return Response.status(Response.Status.CREATED)
                .entity(new CreateReportScheduleResponse().reportScheduleId(id))
                .build();
    }

    @Override
    public Response cancelReportSchedule(String reportScheduleId, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        schedules.cancel(caller(), reportScheduleId);
        return Response.ok(Map.of()).build();
    }

    private PayCaller caller() {
        return PayPaths.callerOf(request());
    }

    private static String textOf(Object contractEnum) {
        return contractEnum == null ? null : contractEnum.toString();
    }

    private ContainerRequestContext request() {
        return ServedRequests.current(requests);
    }
}
