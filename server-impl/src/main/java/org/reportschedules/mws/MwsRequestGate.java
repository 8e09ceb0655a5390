package org.reportschedules.mws;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * What every MWS request must get past before its action runs, in the order the checks are made: the
 * common required parameters, their values, the Signature Version 2 check, a known Action, and the seller's
 * quota for that action. A refused request changes nothing and is not counted against the quota.
 */
public final class MwsRequestGate {

    static final String VERSION = "2009-01-01";
    private static final List<String> REQUIRED = List.of("AWSAccessKeyId", "Action", "SignatureMethod",
            "SignatureVersion", "Timestamp", "Version", "Signature");

    private final SignatureCheck signatures;
    private final RequestQuotas quotas;
    private final ReportScheduleActions actions;

    public MwsRequestGate(SignatureCheck signatures, RequestQuotas quotas, ReportScheduleActions actions) {
        this.signatures = signatures;
        this.quotas = quotas;
        this.actions = actions;
    }

    /** Admits the request or throws the error MWS would answer with; returns the seller it acts for. */
    public String admit(MwsParameters parameters, ContainerRequestContext request) {
        REQUIRED.forEach(parameters::required);
        String seller = parameters.seller().orElseThrow(() -> MwsError.missing("SellerId").rejection());
        String version = parameters.required("Version");
        if (!VERSION.equals(version)) {
            throw MwsError.invalidValue("Version", version, "the Reports section is version " + VERSION).rejection();
        }
        String signatureVersion = parameters.required("SignatureVersion");
        if (!"2".equals(signatureVersion)) {
            throw MwsError.invalidValue("SignatureVersion", signatureVersion, "only 2 is supported").rejection();
        }
        String method = parameters.required("SignatureMethod");
        if (SignatureMethod.of(method).isEmpty()) {
            throw MwsError.invalidValue("SignatureMethod", method, "use HmacSHA256 or HmacSHA1").rejection();
        }
        String timestamp = parameters.required("Timestamp");
        try {
            OffsetDateTime.parse(timestamp);
        } catch (DateTimeException e) {
            throw MwsError.invalidValue("Timestamp", timestamp, "use ISO 8601, e.g. 2009-01-14T20:50:30.218Z").rejection();
        }
        checkSignature(parameters, request);

        String action = parameters.required("Action");
        if (!actions.has(action)) {
            throw MwsError.sender(404, "InvalidAddress",
                    "Operation " + action + " is not available for section Reports/" + VERSION).rejection();
        }
        RequestQuotas.Quota quota = quotas.take(seller, action);
        request.setProperty(MwsReplyHeaders.QUOTA, quota);
        if (!quota.granted()) {
            throw quota.hourExhausted()
                    ? MwsError.sender(503, "QuotaExceeded", "The total number of requests in an hour was exceeded.").rejection()
                    : MwsError.sender(503, "RequestThrottled", "Request is throttled").rejection();
        }
        return seller;
    }

    private void checkSignature(MwsParameters parameters, ContainerRequestContext request) {
        String host = request.getHeaderString(HttpHeaders.HOST);
        String path = request.getUriInfo().getRequestUri().getRawPath();
        switch (signatures.check(request.getMethod(), host == null ? "" : host, path, parameters.values())) {
            case ACCEPTED -> { }
            case UNKNOWN_ACCESS_KEY -> throw MwsError.sender(403, "InvalidAccessKeyId",
                    "The AWS Access Key Id you provided does not exist in our records.").rejection();
            case SIGNATURE_DOES_NOT_MATCH -> throw MwsError.sender(403, "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided. "
                            + "Check your AWS Secret Access Key and signing method.").rejection();
        }
    }
}
