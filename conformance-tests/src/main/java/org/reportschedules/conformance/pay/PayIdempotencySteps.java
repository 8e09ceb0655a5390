package org.reportschedules.conformance.pay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.reportschedules.conformance.ScenarioContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creates sent with an x-amz-pay-idempotency-key, sent again with the same key, and what the answers must share. */
public class PayIdempotencySteps {

    private static final String START = "20221118T150630Z";

    private final ScenarioContext context;

    public PayIdempotencySteps(ScenarioContext context) {
        this.context = context;
    }

    @When("{merchant} creates a schedule for {word} reports every {word} with a new idempotency key")
    public void createsWithANewKey(PayMerchant merchant, String reportType, String frequency) {
        String key = PayClient.newIdempotencyKey();
        Map<String, Object> body = PayScheduleSteps.body(reportType, frequency, START);
        context.idempotentCreate = new PayIdempotentCreate(key, body, send(PayClient.as(merchant), key, body));
    }

    @When("{merchant} creates a schedule for {word} reports every {word} with the same idempotency key")
    public void createsWithTheSameKey(PayMerchant merchant, String reportType, String frequency) {
        send(PayClient.as(merchant), first().key(), PayScheduleSteps.body(reportType, frequency, START));
    }

    /** A key outside the contract on purpose: only the answer is judged. */
    @When("the merchant creates a schedule for {word} reports every {word} with the idempotency key {string}")
    public void createsWithTheKey(String reportType, String frequency, String key) {
        send(PayClient.invalidAs(context.merchant()), key, PayScheduleSteps.body(reportType, frequency, START));
    }

    @When("the merchant sends the same create again with the same idempotency key")
    public void sendsTheSameCreateAgain() {
        send(PayClient.as(context.merchant()), first().key(), first().body());
    }

    @When("the merchant sends the same create again with the same idempotency key, its fields in another order and spacing")
    public void sendsTheSameCreateLaidOutAnew() {
        List<Map.Entry<String, Object>> fields = new ArrayList<>(first().body().entrySet());
        Collections.reverse(fields);
        String json = fields.stream()
                .map(field -> "\n    \"" + field.getKey() + "\" :  \"" + field.getValue() + "\"")
                .collect(Collectors.joining(" ,", "{", "\n}\n"));
        send(PayClient.as(context.merchant()), first().key(), json);
    }

    @Then("the response body is the first create's body")
    public void theResponseBodyIsTheFirstCreatesBody() {
        Response original = first().answer();
        assertEquals(original.jsonPath().getMap("$"), context.response.jsonPath().getMap("$"),
                () -> "first answered " + original.statusCode() + " " + original.asString()
                        + "; the repeat " + context.response.statusCode() + " " + context.response.asString());
    }

    @Then("the response names another schedule than the first create")
    public void theResponseNamesAnotherSchedule() {
        String id = context.response.jsonPath().getString("reportScheduleId");
        assertTrue(id != null && !id.isBlank(), () -> "No reportScheduleId: " + context.response.asString());
        assertNotEquals(first().answer().jsonPath().getString("reportScheduleId"), id, "another merchant's create is its own schedule");
    }

    private PayIdempotentCreate first() {
        if (context.idempotentCreate == null) {
            throw new IllegalStateException("The scenario sent no create with an idempotency key: add a step that sends one with a new key");
        }
        return context.idempotentCreate;
    }

    private Response send(RequestSpecification request, String key, Object body) {
        context.response = PayClient.post(request.contentType(ContentType.JSON).body(body), PayScheduleSteps.SCHEDULES, key);
        return context.response;
    }
}
