package org.reportschedules.conformance.profile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a target may claim to support. Each is a scenario tag; a scenario that needs a capability the
 * target's profile does not claim is reported as skipped, with the capability named, never dropped silently.
 */
public enum Capability {
    PAY("Amazon Pay v2 report schedules (Get, Get By Id, Create, Cancel), JSON."),
    MWS("MWS Reports 2009-01-01 report-schedule actions, XML, Signature Version 2 (requests are always signed)."),
    REPORTS("Schedules that fire: Amazon Pay v2 reports and report documents, and MWS report lists and reports."),
    CLOCK_CONTROL("This project's admin API (/__admin): freeze and move the target's clock, plan report outcomes."),
    SIGNING("The target verifies signatures: MWS ones made with the profile's key (403 SignatureDoesNotMatch), and Amazon Pay "
            + "ones of a merchant whose key it knows (403 InvalidRequestSignature; a future x-amz-pay-date, 400 InvalidHeaderValue), "
            + "and MWS requests dated more than 15 minutes off its time (400 RequestExpired)."),
    STRICT_SIGNING("The target refuses unsigned Amazon Pay requests and unknown keys, as Amazon does."),
    KEY_REGISTRATION("The target accepts Amazon Pay public keys through this project's admin API (/__admin/pay-public-keys)."),
    THROTTLING("The target enforces the documented MWS quotas (503 RequestThrottled / QuotaExceeded)."),
    HTTPS("The target is reached over HTTPS."),
    IDEMPOTENCY("The target honours x-amz-pay-idempotency-key on POST."),
    ANY_MERCHANT("The target accepts any merchant identity (public key id, seller id), as the stub does by default: "
            + "each scenario acts as fresh merchants. Without it the suite acts only as the profile's merchants and "
            + "sellers, and skips scenarios that need fresh ones."),
    STRICT_REPORT_TYPES("MWS ManageReportSchedule refuses report types the docs do not allow to schedule (400 InvalidReportType)."),
    STUB_CHOICE("The target makes this project's documented choices where Amazon is silent (README, Choices); "
            + "leave it out to judge an implementation on the contract alone.");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** The name a profile uses and the scenario tag without its @: clock-control. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String tag() {
        return "@" + label();
    }

    public String description() {
        return description;
    }

    public static Optional<Capability> ofLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label().equals(label)).findFirst();
    }

    public static Optional<Capability> ofTag(String tag) {
        return tag.startsWith("@") ? ofLabel(tag.substring(1)) : Optional.empty();
    }
}
