package org.reportschedules.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.mws.MwsParameters;
import org.reportschedules.pay.PayMerchants;
import org.reportschedules.store.MerchantRepository;
import org.reportschedules.text.EchoedValue;

/**
 * Plans how a merchant's next reports of a type end, so that partners can test how their code handles FAILED
 * and CANCELLED reports. The merchant is named as its own API names it: an Amazon Pay public key id (in an
 * environment) or an MWS seller id, resolved by the dialects' own rules, so a plan reaches the records the
 * merchant's requests read.
 */
public final class ReportOutcomePlans {

    /** At most this many outcomes are planned in one call. */
    public static final int MAX_COUNT = 100;

    /** What the Pay authorization header's PublicKeyId can hold. */
    private static final Pattern PUBLIC_KEY_ID = Pattern.compile("[^,\\s]+");
    private static final List<String> ENVIRONMENTS = List.of("live", "sandbox");

    /** What is now planned for a merchant's next reports of a type, the next one first. */
    public record Plan(MerchantId merchant, String reportType, List<ProcessingStatus> planned) {
    }

    private final MerchantRepository records;
    private final Set<String> payReportTypes;

    /**
     * @param records        the merchants' records, through the scheduler (what is due fires before a plan is added)
     * @param payReportTypes the report types of the Amazon Pay contract
     */
    public ReportOutcomePlans(MerchantRepository records, Set<String> payReportTypes) {
        this.records = records;
        this.payReportTypes = Set.copyOf(payReportTypes);
    }

    /**
     * Plans the next {@code count} reports of the type for the merchant to end with the outcome.
     *
     * @param publicKeyId an Amazon Pay merchant, or null for an MWS seller
     * @param environment live or sandbox, or null (the key's prefix decides); only with a public key id
     * @param sellerId    an MWS seller, or null for an Amazon Pay merchant
     * @param count       null for one
     * @throws AdminRequestRejected when a value is missing or not allowed; nothing is then planned
     */
    public Plan plan(String publicKeyId, String environment, String sellerId, String reportType, String outcome, Integer count) {
        MerchantId merchant = merchant(publicKeyId, environment, sellerId);
        String type = required("reportType", reportType);
        if (merchant.realm().startsWith("pay-") && !payReportTypes.contains(type)) {
            throw invalid("reportType", type, "An Amazon Pay merchant's reports are of the types the Amazon Pay contract lists.");
        }
        ProcessingStatus ending = outcome(required("outcome", outcome));
        int times = count == null ? 1 : count;
        if (times < 1 || times > MAX_COUNT) {
            throw invalid("count", Integer.toString(times), "Plan from 1 to " + MAX_COUNT + " reports at a time.");
        }
        return records.change(merchant, found -> {
            found.outcomes().plan(type, ending, times);
            return new Plan(merchant, type, found.outcomes().planned(type));
        });
    }

    private static MerchantId merchant(String publicKeyId, String environment, String sellerId) {
        boolean pay = publicKeyId != null;
        boolean mws = sellerId != null;
        if (pay && mws) {
            throw new AdminError(AdminErrorCode.InvalidField,
                    "Give publicKeyId (an Amazon Pay merchant) or sellerId (an MWS seller), not both.").rejection();
        }
        if (!pay && !mws) {
            throw new AdminError(AdminErrorCode.MissingField,
                    "The field publicKeyId or sellerId is missing: name the Amazon Pay merchant or the MWS seller whose reports to plan.").rejection();
        }
        if (mws) {
            if (environment != null) {
                throw invalid("environment", environment, "An environment belongs to an Amazon Pay merchant (publicKeyId), not to an MWS seller.");
            }
            return MwsParameters.merchantOf(required("sellerId", sellerId));
        }
        if (!PUBLIC_KEY_ID.matcher(required("publicKeyId", publicKeyId)).matches()) {
            throw invalid("publicKeyId", publicKeyId, "A public key id has no spaces or commas.");
        }
        if (environment != null && !ENVIRONMENTS.contains(environment)) {
            throw invalid("environment", environment, "Use live or sandbox, as the path names it (/live/v2, /sandbox/v2), or leave it out.");
        }
        return PayMerchants.ofPublicKeyId(publicKeyId, Optional.ofNullable(environment));
    }

    private static ProcessingStatus outcome(String outcome) {
        ProcessingStatus status;
        try {
            status = ProcessingStatus.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw invalid("outcome", outcome, "Use COMPLETED, FAILED or CANCELLED.");
        }
        if (status == ProcessingStatus.IN_PROGRESS) {
            throw invalid("outcome", outcome, "A report can be planned to end COMPLETED, FAILED or CANCELLED; IN_PROGRESS is where every report starts.");
        }
        return status;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new AdminError(AdminErrorCode.MissingField, "The field " + field + " is missing.").rejection();
        }
        return value;
    }

    private static AdminRequestRejected invalid(String field, String value, String hint) {
        return new AdminError(AdminErrorCode.InvalidField, "The value provided for " + field + " is invalid: " + EchoedValue.of(value) + ". " + hint).rejection();
    }
}
