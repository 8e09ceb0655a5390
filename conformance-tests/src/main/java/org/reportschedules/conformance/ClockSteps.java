package org.reportschedules.conformance;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Moves the target's clock through the stub's admin API (scenarios tagged @clock-control). */
public class ClockSteps {

    @Given("the target's clock is frozen")
    public void theTargetsClockIsFrozen() {
        expectOk(admin().post("/__admin/clock/freeze"));
    }

    @When("{int} second(s) pass(es)")
    public void secondsPass(int seconds) {
        expectOk(admin()
                .contentType(ContentType.JSON)
                .body("{\"by\":\"PT" + seconds + "S\"}")
                .post("/__admin/clock/advance"));
    }

    /** Other scenarios share the target: let its time run again. */
    @After("@clock-control")
    public void resumeTheClock() {
        expectOk(admin().post("/__admin/clock/resume"));
    }

    private static RequestSpecification admin() {
        return RestAssured.given().baseUri(Target.profile().adminBaseUri().toString()).filter(Contract.ADMIN).filter(Exchanges.RECORDER);
    }

    private static void expectOk(Response response) {
        assertEquals(200, response.statusCode(), () -> "The target's admin API refused: " + response.asString());
    }
}
