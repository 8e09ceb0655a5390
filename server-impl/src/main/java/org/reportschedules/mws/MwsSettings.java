package org.reportschedules.mws;

import java.util.Objects;

/**
 * The MWS dialect's switchable behaviour.
 *
 * @param signatureMode how Signature Version 2 is checked
 * @param signingKeys   access keys whose signatures are verified
 * @param throttling    whether the documented quotas are enforced (they always appear in headers)
 * @param reportTypes   which report types ManageReportSchedule accepts
 */
public record MwsSettings(SignatureMode signatureMode, SigningKeys signingKeys, Throttling throttling, ReportTypeRule reportTypes) {

    /** Whether the documented quotas refuse requests. */
    public enum Throttling {
        /** Requests beyond the quota are refused with RequestThrottled or QuotaExceeded. */
        ON,
        /** Requests are counted (the headers report it) but never refused. */
        OFF
    }

    /** Which report types may be scheduled. */
    public enum ReportTypeRule {
        /** Only order reports and Amazon Product Ads reports, as documented (SchedulableReportType). */
        STRICT,
        /** Any report type, as the live service accepted in practice. */
        LENIENT
    }

    public MwsSettings {
        Objects.requireNonNull(signatureMode, "signatureMode");
        Objects.requireNonNull(signingKeys, "signingKeys");
        Objects.requireNonNull(throttling, "throttling");
        Objects.requireNonNull(reportTypes, "reportTypes");
    }

    public static MwsSettings defaults() {
        return new MwsSettings(SignatureMode.VERIFY_KNOWN, SigningKeys.none(), Throttling.ON, ReportTypeRule.STRICT);
    }

    public MwsSettings withSigningKeys(SigningKeys keys) {
        return new MwsSettings(signatureMode, keys, throttling, reportTypes);
    }
}
