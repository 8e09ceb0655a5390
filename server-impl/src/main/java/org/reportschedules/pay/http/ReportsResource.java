package org.reportschedules.pay.http;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.pay.ReportsApi;
import org.reportschedules.api.pay.model.CreateReportRequest;
import org.reportschedules.api.pay.model.CreateReportResponse;
import org.reportschedules.pay.IdempotencyKey;
import org.reportschedules.pay.IdempotentReplies;
import org.reportschedules.pay.NewReport;
import org.reportschedules.pay.PayCaller;
import org.reportschedules.pay.PayReports;
import org.reportschedules.pay.ReportQuery;
import org.reportschedules.wire.ServedRequests;

/**
 * The Amazon Pay v2 report operations, as the generated interface declares them: HTTP in, a call to
 * {@link PayReports}, the generated models out. The rules live there.
 */
@Singleton
public class ReportsResource implements ReportsApi {

    private final PayReports reports;
    private final IdempotentReplies replies;

    // One instance serves every request (built per request, it cost an eighth of a GET; see docs/BENCHMARKS.md),
    // so the request is found per call (ServedRequests): ContainerRequestContext cannot be injected as a proxy.
    private final Provider<ContainerRequestContext> requests;

    @Inject
    public ReportsResource(PayReports reports, IdempotentReplies replies, Provider<ContainerRequestContext> requests) {
        this.requests = requests;
        this.reports = reports;
        this.replies = replies;
    }

    @Override
    public Response getReports(String reportTypes, String processingStatuses, String createdSince, String createdUntil,
                               Integer pageSize, String nextToken, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        // The generated interface fills in the contract's default; the rule on nextToken needs to know whether one was sent.
        Integer sentPageSize = request().getUriInfo().getQueryParameters().containsKey("pageSize") ? pageSize : null;
        ReportQuery query = new ReportQuery(reportTypes, processingStatuses, createdSince, createdUntil, sentPageSize, nextToken);
        return Response.ok(PayReportModels.list(reports.list(caller(), query))).build();
    }

    @Override
    public Response getReportById(String reportId, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        return Response.ok(PayReportModels.toModel(reports.find(caller(), reportId))).build();
    }

    @Override
    public Response createReport(CreateReportRequest body, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion,
                                 String xAmzPayIdempotencyKey) {
        NewReport asked = body == null ? null
                : new NewReport(body.getReportType() == null ? null : body.getReportType().toString(), body.getStartTime(), body.getEndTime());
        // The header as received, not the generated parameter: a key given twice must be refused, not half read.
        ContainerRequestContext request = request();
        PayCaller caller = PayPaths.callerOf(request);
        String id = replies.once(caller, request.getHeaderString(IdempotencyKey.HEADER), asked, () -> reports.create(caller, asked));
        return Response.status(Response.Status.CREATED)
                .entity(new CreateReportResponse().reportId(id))
                .build();
    }

    @Override
    public Response getReportDocument(String reportDocumentId, String xAmzPayDate, String xAmzPayHost, String xAmzPayRegion) {
        // The url points at the stub as the client reached it: the scheme, host and port of this request.
        return Response.ok(PayReportModels.toModel(reports.document(caller(), reportDocumentId, request().getUriInfo().getBaseUri()))).build();
    }

    private PayCaller caller() {
        return PayPaths.callerOf(request());
    }

    private ContainerRequestContext request() {
        return ServedRequests.current(requests);
    }
}
