package org.reportschedules.mws;

/**
 * The MWS dialect's switchable behaviour.
 *
 * @param signatureMode       how Signature Version 2 is checked
 * @param signingKeys         access keys whose signatures are verified
 * @param throttling          whether the documented quotas are enforced (they always appear in headers)
 * @param strictReportTypes   only order and Amazon Product Ads reports can be scheduled, as documented;
 *                            false accepts any report type, as the live service did in practice
 */
public record MwsSettings(SignatureMode signatureMode, SigningKeys signingKeys, boolean throttling, boolean strictReportTypes) {

    public static MwsSettings defaults() {
        return new MwsSettings(SignatureMode.VERIFY_KNOWN, SigningKeys.none(), true, true);
    }
}
