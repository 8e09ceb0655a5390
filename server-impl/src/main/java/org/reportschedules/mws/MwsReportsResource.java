package org.reportschedules.mws;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.mws.MwsReportsApi;
import org.reportschedules.domain.ScheduleBook;
import org.reportschedules.server.RequestIds;
import org.reportschedules.store.ScheduleStore;

/**
 * The MWS Reports section at both paths real clients use. The generated interface names the first ten
 * ReportTypeList members only, while MWS lists are open-ended, so both methods read the request's merged
 * parameters (see {@link MwsParameterMerger}) rather than the typed arguments.
 */
public class MwsReportsResource implements MwsReportsApi {

    private final ScheduleStore store;
    private final MwsRequestGate gate;
    private final ReportScheduleActions actions;

    @Context
    private ContainerRequestContext request;

    @Inject
    public MwsReportsResource(ScheduleStore store, MwsRequestGate gate, ReportScheduleActions actions) {
        this.store = store;
        this.gate = gate;
        this.actions = actions;
    }

    @Override
    public Response postRoot(String action, String awSAccessKeyId, String sellerId, String merchant, String mwSAuthToken,
                             String marketplace, String signatureMethod, Integer signatureVersion, String timestamp,
                             String version, String signature, String reportType, String schedule, String scheduleDate,
                             String nextToken, String reportTypeListType1, String reportTypeListType2,
                             String reportTypeListType3, String reportTypeListType4, String reportTypeListType5,
                             String reportTypeListType6, String reportTypeListType7, String reportTypeListType8,
                             String reportTypeListType9, String reportTypeListType10) {
        return handle();
    }

    @Override
    public Response postReports(String action, String awSAccessKeyId, String sellerId, String merchant, String mwSAuthToken,
                                String marketplace, String signatureMethod, Integer signatureVersion, String timestamp,
                                String version, String signature, String reportType, String schedule, String scheduleDate,
                                String nextToken, String reportTypeListType1, String reportTypeListType2,
                                String reportTypeListType3, String reportTypeListType4, String reportTypeListType5,
                                String reportTypeListType6, String reportTypeListType7, String reportTypeListType8,
                                String reportTypeListType9, String reportTypeListType10) {
        return handle();
    }

    private Response handle() {
        MwsParameters parameters = MwsParameterMerger.of(request);
        String seller = gate.admit(parameters, request);
        ScheduleBook book = store.bookOf("mws:" + seller);
        String requestId = RequestIds.of(request);
        Object body = actions.perform(parameters.required("Action"), book, parameters, requestId);
        return Response.ok(MwsXml.write(body), MediaType.TEXT_XML_TYPE).build();
    }
}
