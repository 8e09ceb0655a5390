package org.reportschedules.conformance;

import io.cucumber.java.en.Then;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks that hold for either dialect. */
public class ResponseSteps {

    private final ScenarioContext context;

    public ResponseSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the response status is {int}")
    public void theResponseStatusIs(int status) {
        assertEquals(status, context.response.statusCode(),
                () -> "got " + context.response.statusCode() + " " + context.response.asString());
    }
}
