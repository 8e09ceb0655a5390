package org.reportschedules.conformance.pay;

import java.time.Duration;
import java.util.Optional;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;
import org.reportschedules.conformance.AdminClient;
import org.reportschedules.conformance.ScenarioContext;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.TargetClock;

/** Requests whose Amazon Pay signature is right, altered after signing, badly dated, malformed, absent or of an unknown key. */
public class PaySignatureSteps {

    private static final String ORDER_REFERENCE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String SIGNED_BODY = "{\"reportType\":\"" + ORDER_REFERENCE
            + "\",\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20221118T150630Z\"}";

    private final ScenarioContext context;

    public PaySignatureSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("a signing merchant with no report schedules")
    public void aSigningMerchantWithNoReportSchedules() {
        PayMerchant merchant = SigningMerchants.forScenario(Target.profile(), id -> context.registeredPublicKeyId = id);
        context.merchant = PayScheduleSteps.withoutSchedules(merchant);
    }

    @After
    public void deleteTheKeyTheScenarioRegistered() {
        if (context.registeredPublicKeyId != null) {
            AdminClient.deletePayPublicKey(context.registeredPublicKeyId);
        }
    }

    @When("the merchant creates a schedule whose body is changed after signing")
    public void theMerchantCreatesAScheduleWhoseBodyIsChangedAfterSigning() {
        Filter changeTheBody = (request, response, next) -> {
            request.body(SIGNED_BODY.replace("P1D", "P7D"));
            return next.next(request, response);
        };
        context.response = PayClient.post(PayClient.invalidAs(context.merchant()).body(SIGNED_BODY).filter(changeTheBody),
                PayScheduleSteps.SCHEDULES);
    }

    @When("the merchant lists their report schedules with a query changed after signing")
    public void theMerchantListsWithAQueryChangedAfterSigning() {
        Filter changeTheQuery = (request, response, next) -> {
            request.removeQueryParam("reportTypes");
            request.queryParam("reportTypes", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_");
            return next.next(request, response);
        };
        context.response = PayClient.invalidAs(context.merchant()).queryParam("reportTypes", ORDER_REFERENCE)
                .filter(changeTheQuery).get(PayScheduleSteps.SCHEDULES);
    }

    @When("the merchant creates a schedule signed with an x-amz-pay-date an hour ahead of the target's clock")
    public void theMerchantCreatesAScheduleDatedAnHourAhead() {
        context.response = PayClient.post(PayClient.datedAs(context.merchant(), TargetClock.now().plus(Duration.ofHours(1)))
                .body(SIGNED_BODY), PayScheduleSteps.SCHEDULES);
    }

    @When("the merchant lists their report schedules with an authorization header that has no SignedHeaders")
    public void theMerchantListsWithAMalformedAuthorizationHeader() {
        String malformed = "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + context.merchant().publicKeyId() + ", Signature=c3R1Yg==";
        context.response = unsigned(context.merchant().publicKeyId())
                .filter(replacingAuthorization(malformed)).get(PayScheduleSteps.SCHEDULES);
    }

    @When("the merchant lists their report schedules with the authorization header {string}")
    public void theMerchantListsWithTheAuthorizationHeader(String authorization) {
        context.response = unsigned(context.merchant().publicKeyId())
                .filter(replacingAuthorization(authorization)).get(PayScheduleSteps.SCHEDULES);
    }

    @When("a request without an authorization header lists report schedules")
    public void aRequestWithoutAnAuthorizationHeaderListsReportSchedules() {
        context.response = unsigned(PayMerchant.fresh().publicKeyId())
                .filter(replacingAuthorization(null)).get(PayScheduleSteps.SCHEDULES);
    }

    @When("a merchant whose key the target does not know lists their report schedules")
    public void aMerchantWhoseKeyTheTargetDoesNotKnowLists() {
        context.response = PayClient.as(SigningMerchants.unknownToTheTarget()).get(PayScheduleSteps.SCHEDULES);
    }

    /** The SDK's headers with a placeholder authorization, for a step to replace or remove. */
    private static RequestSpecification unsigned(String publicKeyId) {
        return PayClient.invalidAs(new PayMerchant(publicKeyId, Optional.empty()));
    }

    /** Runs after the request was (or would have been) signed; null removes the header. */
    private static Filter replacingAuthorization(String value) {
        return (request, response, next) -> {
            request.removeHeader("authorization");
            if (value != null) {
                request.header("authorization", value);
            }
            return next.next(request, response);
        };
    }
}
