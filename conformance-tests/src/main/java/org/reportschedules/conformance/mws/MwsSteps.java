package org.reportschedules.conformance.mws;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import org.reportschedules.conformance.ClockSteps;
import org.reportschedules.conformance.ScenarioContext;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.TargetClock;
import org.reportschedules.conformance.mws.MwsClient.Delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seller's calls to the MWS report-schedule actions. */
public class MwsSteps {

    /** Parameters the signer adds; dropping one of these happens after signing, as a client that forgot it would. */
    private static final Set<String> SIGNING_PARAMETERS = Set.of("AWSAccessKeyId", "SignatureMethod", "SignatureVersion",
            "Timestamp", "Signature");

    private final ScenarioContext context;
    private final ClockSteps clock;

    public MwsSteps(ScenarioContext context, ClockSteps clock) {
        this.context = context;
        this.clock = clock;
    }

    @ParameterType("the seller|the second seller")
    public MwsSeller seller(String written) {
        return written.equals("the seller") ? context.seller() : context.secondSeller;
    }

    @ParameterType("a form posted to /|a form posted to the section path|a query string on a text\\/xml POST|a form naming the seller Merchant")
    public String delivery(String written) {
        return written;
    }

    @Given("a seller with no report schedules")
    public void aSellerWithNoReportSchedules() {
        context.seller = withoutSchedules(MwsSeller.forScenario(0));
    }

    @Given("a second seller with no report schedules")
    public void aSecondSellerWithNoReportSchedules() {
        context.secondSeller = withoutSchedules(MwsSeller.forScenario(1));
    }

    /** A profile's seller keeps what earlier scenarios left: delete it (_NEVER_), so the scenario starts from nothing. */
    private static MwsSeller withoutSchedules(MwsSeller seller) {
        Response list = call(seller, "GetReportScheduleList", Map.of());
        assertEquals(200, list.statusCode(), list::asString);
        for (Map<String, String> schedule : MwsAnswer.of(list).schedules()) {
            Response deleted = call(seller, "ManageReportSchedule", Map.of("ReportType", schedule.get("ReportType"), "Schedule", "_NEVER_"));
            assertEquals(200, deleted.statusCode(), () -> "Emptying the seller's schedules failed: " + deleted.asString());
        }
        return seller;
    }

    @Given("the seller has scheduled {word} reports {word}")
    public void theSellerHasScheduled(String reportType, String schedule) {
        Response response = call(context.seller(), "ManageReportSchedule", Map.of("ReportType", reportType, "Schedule", schedule));
        assertEquals(200, response.statusCode(), () -> "Scheduling for the scenario failed: " + response.asString());
    }

    @When("{seller} calls {word}")
    public void calls(MwsSeller seller, String action) {
        context.response = call(seller, action, Map.of());
    }

    @When("the seller calls {word} with:")
    public void callsWith(String action, Map<String, String> parameters) {
        context.response = call(context.seller(), action, parameters);
    }

    /** Values outside the contract on purpose: only the answer is judged. */
    @When("the seller calls {word} with the invalid parameters:")
    public void callsWithInvalid(String action, Map<String, String> actionParameters) {
        context.response = call(context.seller(), action, actionParameters, false);
    }

    /** An Action outside the contract's enum on purpose: only the answer is judged. */
    @When("the seller calls the unknown action {word}")
    public void callsTheUnknownAction(String action) {
        context.response = call(context.seller(), action, Map.of(), false);
    }

    @When("the seller calls {word} at the path {word}")
    public void callsAtThePath(String action, String path) {
        context.response = MwsClient.sendTo(path, MwsClient.sign(MwsClient.common(context.seller(), action), Delivery.FORM_TO_SECTION));
    }

    /** Requests are dated by the target's clock as moved (see TargetClock), as a client living in its time would date them. */
    @When("the seller calls {word} {int} times, {int} seconds apart")
    public void callsRepeatedlyApart(String action, int times, int seconds) {
        context.responses.clear();
        for (int i = 0; i < times; i++) {
            context.responses.add(call(context.seller(), action, Map.of()));
            clock.pass(Duration.ofSeconds(seconds));
        }
    }

    /**
     * Starts the scenario at the beginning of one of the seller's quota hours, whether the target counts the
     * hour from the seller's first request or in fixed windows: one request tells when the current hour's quota
     * resets (x-mws-quota-resetsOn, against the target's own x-mws-timestamp), and the clock moves there.
     */
    @Given("the seller's hourly quota for {word} has just been renewed")
    public void theSellersHourlyQuotaHasJustBeenRenewed(String action) {
        Response first = call(context.seller(), action, Map.of());
        assertEquals(200, first.statusCode(), first::asString);
        Instant now = Instant.parse(first.header("x-mws-timestamp"));
        Instant resetsOn = Instant.parse(first.header("x-mws-quota-resetsOn"));
        long seconds = (Duration.between(now, resetsOn).toMillis() + 999) / 1000;
        if (seconds > 0) {
            clock.pass(Duration.ofSeconds(seconds));
        }
    }

    @When("the seller calls {word} {int} times")
    public void callsRepeatedly(String action, int times) {
        context.responses.clear();
        for (int i = 0; i < times; i++) {
            context.responses.add(call(context.seller(), action, Map.of()));
        }
        context.response = context.responses.get(context.responses.size() - 1);
    }

    @When("the seller sends the seed's example ManageReportSchedule request")
    public void theSellerSendsTheSeedsExample() {
        // The seed's parameters, in the seed's order, with this suite's key, seller and a current Timestamp.
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AWSAccessKeyId", Target.profile().mws().accessKeyId());
        parameters.put("Action", "ManageReportSchedule");
        parameters.put("MWSAuthToken", "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE");
        parameters.put("Marketplace", "ATVPDKIKX0DER");
        parameters.put("ReportType", "_GET_ORDERS_DATA_");
        parameters.put("Schedule", "_30_DAYS_");
        parameters.put("SellerId", context.seller().sellerId());
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("SignatureVersion", "2");
        parameters.put("Version", "2009-01-01");
        // The seed's own header: "Content-Type: x-www-form-urlencoded".
        context.response = MwsClient.send(MwsClient.sign(parameters, Delivery.FORM_TO_ROOT), Delivery.FORM_TO_ROOT,
                "x-www-form-urlencoded", false);
    }

    @When("the seller calls ManageReportSchedule as {delivery} with:")
    public void callsAs(String delivery, Map<String, String> actionParameters) {
        Map<String, String> parameters = MwsClient.common(context.seller(), "ManageReportSchedule");
        parameters.putAll(actionParameters);
        Delivery how = switch (delivery) {
            case "a form posted to /" -> Delivery.FORM_TO_ROOT;
            case "a query string on a text/xml POST" -> Delivery.QUERY_ON_TEXT_XML;
            default -> Delivery.FORM_TO_SECTION;
        };
        if (delivery.endsWith("Merchant")) {
            parameters.put("Merchant", parameters.remove("SellerId"));
        }
        context.response = MwsClient.send(MwsClient.sign(parameters, how), how, "application/x-www-form-urlencoded",
                how != Delivery.QUERY_ON_TEXT_XML);
    }

    @When("the seller calls ManageReportSchedule with ScheduleDate {int} days from now for {word} reports {word}")
    public void callsWithScheduleDate(int days, String reportType, String schedule) {
        Instant date = TargetClock.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        context.sentScheduleDate = date;
        context.response = call(context.seller(), "ManageReportSchedule",
                Map.of("ReportType", reportType, "Schedule", schedule, "ScheduleDate", date.toString()));
    }

    /**
     * The request lacks the parameter and is otherwise right: a parameter the signer adds is dropped after
     * signing and the rest signed again, so a target that checks the signature before the parameters still
     * sees a signature that matches what was sent, and the missing parameter is the only fault.
     */
    @When("the seller calls ManageReportSchedule without {word}")
    public void callsWithout(String missing) {
        Map<String, String> parameters = manageOrdersDaily();
        if (!SIGNING_PARAMETERS.contains(missing)) {
            parameters.remove(missing);
        }
        Map<String, String> signed = MwsClient.sign(parameters, Delivery.FORM_TO_SECTION);
        signed.remove(missing);
        if (!missing.equals("Signature")) {
            signed.put("Signature", signatureOf(signed, Delivery.FORM_TO_SECTION));
        }
        context.response = MwsClient.send(signed, Delivery.FORM_TO_SECTION, "application/x-www-form-urlencoded", false);
    }

    /** The Signature Version 2 signature (HmacSHA256, the profile's secret) of exactly these parameters. */
    private static String signatureOf(Map<String, String> parameters, Delivery delivery) {
        String secret = Target.profile().mws().secretKey();
        String stringToSign = new MwsSigner(Target.profile().mwsBaseUri(), delivery.path, Target.profile().mws().accessKeyId(), secret,
                MwsSigner.DEFAULT_SIGNATURE_METHOD, TargetClock.clock()).stringToSign("POST", parameters);
        try {
            Mac mac = Mac.getInstance(MwsSigner.DEFAULT_SIGNATURE_METHOD);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), MwsSigner.DEFAULT_SIGNATURE_METHOD));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Dated as a client whose clock is that far off the target's would date it, and otherwise right. */
    @When("the seller calls ManageReportSchedule dated {duration} before the target's time")
    public void callsDatedBefore(Duration offset) {
        callDatedBy("Timestamp", TargetClock.now().minus(offset));
    }

    @When("the seller calls ManageReportSchedule dated {duration} after the target's time")
    public void callsDatedAfter(Duration offset) {
        callDatedBy("Timestamp", TargetClock.now().plus(offset));
    }

    /** Expires instead of Timestamp, as the AWS query family allows. */
    @When("the seller calls ManageReportSchedule expiring {duration} before the target's time")
    public void callsExpiringBefore(Duration offset) {
        callDatedBy("Expires", TargetClock.now().minus(offset));
    }

    private void callDatedBy(String parameter, Instant date) {
        Map<String, String> parameters = manageOrdersDaily();
        parameters.put(parameter, MwsSigner.timestamp(date));
        context.response = MwsClient.send(MwsClient.sign(parameters, Delivery.FORM_TO_SECTION), Delivery.FORM_TO_SECTION);
    }

    @When("the seller calls ManageReportSchedule with Version {string}")
    public void callsWithVersion(String version) {
        Map<String, String> parameters = manageOrdersDaily();
        parameters.put("Version", version);
        context.response = MwsClient.send(MwsClient.sign(parameters, Delivery.FORM_TO_SECTION), Delivery.FORM_TO_SECTION,
                "application/x-www-form-urlencoded", false);
    }

    @When("the seller calls ManageReportSchedule with a tampered signature")
    public void callsWithATamperedSignature() {
        Map<String, String> signed = MwsClient.sign(manageOrdersDaily(), Delivery.FORM_TO_SECTION);
        String signature = signed.get("Signature");
        signed.put("Signature", (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));
        context.response = MwsClient.send(signed, Delivery.FORM_TO_SECTION);
    }

    @When("the seller calls ManageReportSchedule signed with the wrong secret")
    public void callsSignedWithTheWrongSecret() {
        Map<String, String> signed = MwsClient.sign(manageOrdersDaily(), Delivery.FORM_TO_SECTION,
                Target.profile().mws().secretKey() + "-wrong", MwsSigner.DEFAULT_SIGNATURE_METHOD);
        context.response = MwsClient.send(signed, Delivery.FORM_TO_SECTION);
    }

    @When("the seller calls ManageReportSchedule signed with HmacSHA1")
    public void callsSignedWithHmacSha1() {
        Map<String, String> signed = MwsClient.sign(manageOrdersDaily(), Delivery.FORM_TO_SECTION, Target.profile().mws().secretKey(), "HmacSHA1");
        context.response = MwsClient.send(signed, Delivery.FORM_TO_SECTION);
    }

    static Response call(MwsSeller seller, String action, Map<String, String> actionParameters) {
        return call(seller, action, actionParameters, true);
    }

    /** {@code contractValid} false: the request is not judged against the contract, only the answer is. */
    static Response call(MwsSeller seller, String action, Map<String, String> actionParameters, boolean contractValid) {
        Map<String, String> parameters = MwsClient.common(seller, action);
        parameters.putAll(actionParameters);
        return MwsClient.send(MwsClient.sign(parameters, Delivery.FORM_TO_SECTION), Delivery.FORM_TO_SECTION,
                "application/x-www-form-urlencoded", contractValid);
    }

    private Map<String, String> manageOrdersDaily() {
        Map<String, String> parameters = MwsClient.common(context.seller(), "ManageReportSchedule");
        parameters.put("ReportType", "_GET_ORDERS_DATA_");
        parameters.put("Schedule", "_1_DAY_");
        return parameters;
    }
}
