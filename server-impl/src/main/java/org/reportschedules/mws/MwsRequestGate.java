package org.reportschedules.mws;

import java.util.List;

import org.reportschedules.domain.MerchantId;

/**
 * What every MWS request must get past before its action runs, in the order the checks are made: the
 * common required parameters, their values, the request's age (in every signature mode but off), the
 * Signature Version 2 check, a known Action, and the seller's quota for that action. A request refused before
 * the quota check is not counted against it. Age comes before the signature because a stale request is
 * refused whoever signed it, and judging it needs no secret: a replayed request learns nothing about the key.
 */
public final class MwsRequestGate {

    static final String VERSION = "2009-01-01";
    // Timestamp, or Expires instead, is read by RequestDate.
    private static final List<String> REQUIRED = List.of("AWSAccessKeyId", "Action", "SignatureMethod",
            "SignatureVersion", "Version", "Signature");

    /** An admitted request: the seller it acts for, its action, and the quota it was counted against. */
    public record Admission(MerchantId seller, String action, RequestQuotas.Quota quota) {
    }

    private final SignatureCheck signatures;
    private final RequestExpiry expiry;
    private final RequestQuotas quotas;
    private final ReportsSection actions;

    public MwsRequestGate(SignatureCheck signatures, RequestExpiry expiry, RequestQuotas quotas, ReportsSection actions) {
        this.signatures = signatures;
        this.expiry = expiry;
        this.quotas = quotas;
        this.actions = actions;
    }

    /** Admits the request or throws the error MWS would answer with. */
    public Admission admit(MwsCall call) {
        MwsParameters parameters = call.parameters();
        REQUIRED.forEach(parameters::required);
        MerchantId seller = parameters.merchant().orElseThrow(() -> MwsError.missing("SellerId").rejection());
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
        RequestDate date = RequestDate.of(parameters);
        if (signatures.mode() != SignatureMode.OFF) {
            expiry.check(date);
        }
        checkSignature(call);

        String action = parameters.required("Action");
        if (!actions.has(action)) {
            throw new MwsError(MwsErrorCode.InvalidAddress,
                    "Operation " + action + " is not available for section Reports/" + VERSION).rejection();
        }
        RequestQuotas.Quota quota = quotas.take(seller, action);
        if (!quota.granted()) {
            MwsError refusal = quota.hourExhausted()
                    ? new MwsError(MwsErrorCode.QuotaExceeded, "The total number of requests in an hour was exceeded.")
                    : new MwsError(MwsErrorCode.RequestThrottled, "Request is throttled");
            throw refusal.rejection().countedAgainst(quota);
        }
        return new Admission(seller, action, quota);
    }

    private void checkSignature(MwsCall call) {
        switch (signatures.check(call.method(), call.host(), call.rawPath(), call.parameters().values())) {
            case ACCEPTED -> { }
            case UNKNOWN_ACCESS_KEY -> throw new MwsError(MwsErrorCode.InvalidAccessKeyId,
                    "The AWS Access Key Id you provided does not exist in our records.").rejection();
            case SIGNATURE_DOES_NOT_MATCH -> throw new MwsError(MwsErrorCode.SignatureDoesNotMatch,
                    "The request signature we calculated does not match the signature you provided. "
                            + "Check your AWS Secret Access Key and signing method.").rejection();
        }
    }
}
