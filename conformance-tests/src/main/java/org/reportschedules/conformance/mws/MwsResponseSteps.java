package org.reportschedules.conformance.mws;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.restassured.response.Response;
import org.reportschedules.conformance.ScenarioContext;
import org.reportschedules.conformance.ScheduleTables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the seller sees in MWS replies. */
public class MwsResponseSteps {

    private static final List<String> MWS_HEADERS = List.of("x-mws-request-id", "x-mws-timestamp", "x-mws-response-context",
            "x-mws-quota-max", "x-mws-quota-remaining", "x-mws-quota-resetsOn");

    private final ScenarioContext context;

    public MwsResponseSteps(ScenarioContext context) {
        this.context = context;
    }

    @Then("the MWS response is a {word}")
    public void theMwsResponseIsA(String rootElement) {
        assertEquals(200, context.response.statusCode(), this::describe);
        assertTrue(context.response.contentType().startsWith("text/xml"), this::describe);
        assertEquals(rootElement, answer().rootName(), this::describe);
    }

    @Then("the MWS error is {int} {string}")
    public void theMwsErrorIs(int status, String code) {
        assertEquals(status, context.response.statusCode(), this::describe);
        MwsAnswer answer = answer();
        assertEquals("ErrorResponse", answer.rootName(), this::describe);
        assertEquals(code, answer.text("Code"), this::describe);
        assertTrue(List.of("Sender", "Receiver").contains(answer.text("Type")), this::describe);
        assertTrue(answer.text("Message") != null && !answer.text("Message").isBlank(), this::describe);
        assertTrue(answer.text("RequestId") != null && !answer.text("RequestId").isBlank(), this::describe);
    }

    @Then("the result holds exactly these schedules:")
    public void theResultHoldsExactlyTheseSchedules(DataTable expected) {
        ScheduleTables.assertSameRows(expected, answer().schedules());
    }

    @Then("the seller's schedules are exactly:")
    public void theSellersSchedulesAreExactly(DataTable expected) {
        ScheduleTables.assertSameRows(expected, listedSchedules());
    }

    @Then("the seller has no report schedules")
    public void theSellerHasNoReportSchedules() {
        assertEquals(List.of(), listedSchedules());
    }

    @Then("the result Count is {int}")
    public void theResultCountIs(int count) {
        assertEquals(Integer.toString(count), answer().text("Count"), this::describe);
    }

    @Then("the result HasNext is false")
    public void theResultHasNextIsFalse() {
        assertEquals("false", answer().text("HasNext"), this::describe);
    }

    @Then("the response metadata carries a request id")
    public void theResponseMetadataCarriesARequestId() {
        String requestId = answer().text("RequestId");
        assertTrue(requestId != null && !requestId.isBlank(), this::describe);
        assertEquals(context.response.header("x-mws-request-id"), requestId, "The body's RequestId is the header's");
    }

    @Then("the scheduled date is the one sent")
    public void theScheduledDateIsTheOneSent() {
        List<Map<String, String>> schedules = answer().schedules();
        assertEquals(1, schedules.size(), this::describe);
        Instant scheduled = OffsetDateTime.parse(schedules.get(0).get("ScheduledDate")).toInstant();
        assertNotNull(context.sentScheduleDate, "the scenario sent no ScheduleDate");
        assertEquals(context.sentScheduleDate, scheduled, "the ScheduleDate sent is the one answered");
    }

    @Then("the reply carries the x-mws headers")
    public void theReplyCarriesTheXMwsHeaders() {
        for (String header : MWS_HEADERS) {
            String value = context.response.header(header);
            assertTrue(value != null && !value.isBlank(), () -> "No " + header + "; " + describe());
        }
    }

    @Then("the {word} header is {word}")
    public void theHeaderIs(String header, String value) {
        assertEquals(value, context.response.header(header), this::describe);
    }

    @Then("every one of them succeeded")
    public void everyOneOfThemSucceeded() {
        for (Response response : context.responses) {
            assertEquals(200, response.statusCode(), response::asString);
        }
    }

    private List<Map<String, String>> listedSchedules() {
        Response list = MwsSteps.call(context.seller(), "GetReportScheduleList", Map.of());
        assertEquals(200, list.statusCode(), list::asString);
        return MwsAnswer.of(list).schedules();
    }

    private MwsAnswer answer() {
        return MwsAnswer.of(context.response);
    }

    private String describe() {
        return "got " + context.response.statusCode() + " " + context.response.asString();
    }
}
