package org.reportschedules.mws.http;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.mws.MwsReportsApi;
import org.reportschedules.mws.MwsCall;
import org.reportschedules.mws.MwsReports;
import org.reportschedules.mws.ReportFile;
import org.reportschedules.wire.RequestIds;
import org.reportschedules.wire.ServedRequests;

/**
 * The MWS Reports section at both paths real clients use: HTTP in, a call to {@link MwsReports}, XML out, or
 * for GetReport the report itself with its Content-MD5. The generated interface names the first ten
 * ReportTypeList members only, while MWS lists are open-ended, so both methods read the request's merged
 * parameters (see {@link MwsForm}) rather than the typed arguments.
 */
@Singleton
public class MwsReportsResource implements MwsReportsApi {

    private final MwsReports reports;

    // One instance serves every request (built per request, it cost an eighth of a GET; see docs/BENCHMARKS.md),
    // so the request is found per call (ServedRequests): ContainerRequestContext cannot be injected as a proxy.
    private final Provider<ContainerRequestContext> requests;

    @Inject
    public MwsReportsResource(MwsReports reports, Provider<ContainerRequestContext> requests) {
        this.requests = requests;
        this.reports = reports;
    }

    @Override
    public Response postRoot(String action, String awSAccessKeyId, String sellerId, String merchant, String mwSAuthToken,
                             String marketplace, String signatureMethod, Integer signatureVersion, String timestamp,
                             String expires, String version, String signature, String reportType, String schedule, String scheduleDate,
                             String nextToken, Integer maxCount, Boolean acknowledged, String availableFromDate,
                             String availableToDate, Long reportRequestIdListId1, Long reportId,
                             String reportTypeListType1, String reportTypeListType2,
                             String reportTypeListType3, String reportTypeListType4, String reportTypeListType5,
                             String reportTypeListType6, String reportTypeListType7, String reportTypeListType8,
                             String reportTypeListType9, String reportTypeListType10) {
        return handle();
    }

    @Override
    public Response postReports(String action, String awSAccessKeyId, String sellerId, String merchant, String mwSAuthToken,
                                String marketplace, String signatureMethod, Integer signatureVersion, String timestamp,
                                String expires, String version, String signature, String reportType, String schedule, String scheduleDate,
                                String nextToken, Integer maxCount, Boolean acknowledged, String availableFromDate,
                                String availableToDate, Long reportRequestIdListId1, Long reportId,
                                String reportTypeListType1, String reportTypeListType2,
                                String reportTypeListType3, String reportTypeListType4, String reportTypeListType5,
                                String reportTypeListType6, String reportTypeListType7, String reportTypeListType8,
                                String reportTypeListType9, String reportTypeListType10) {
        return handle();
    }

    private Response handle() {
        ContainerRequestContext request = request();
        MwsCall call = new MwsCall(request.getMethod(), request.getHeaderString(HttpHeaders.HOST),
                request.getUriInfo().getRequestUri().getRawPath(), MwsForm.of(request), RequestIds.of(request));
        MwsReports.Answer answer = reports.handle(call);
        MwsReplyHeaders.recordQuota(request, answer.quota());
        if (answer.document() instanceof ReportFile report) {
            // As the live service sent a report: text/plain, no charset, and the MD5 of exactly these bytes.
            return Response.ok(report.bytes(), MediaType.TEXT_PLAIN_TYPE).header("Content-MD5", report.contentMd5()).build();
        }
        return Response.ok(MwsXml.write(answer.document()), MediaType.TEXT_XML_TYPE).build();
    }

    private ContainerRequestContext request() {
        return ServedRequests.current(requests);
    }
}
