package org.reportschedules.conformance.pay;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.restassured.response.Response;
import org.reportschedules.conformance.ResponseSteps;
import org.reportschedules.conformance.ScenarioContext;
import org.reportschedules.conformance.ScheduleTables;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.profile.Capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the merchant sees: statuses, error bodies and the schedules the target now holds. */
public class PayResponseSteps {

    /**
     * What gives a stack trace away in an error body, JSON-escaped or not: a Java stack frame, or a Java
     * exception's qualified class name. (A message may well use the word "exception"; that is no leak.)
     */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat [\\w$]+(\\.[\\w$<>]+)+\\([\\w$]*(\\.java:\\d+)?\\)|\\b[a-z][\\w$]*(\\.[a-z][\\w$]*)+\\.[A-Z][\\w$]*(Exception|Error)\\b");

    private final ScenarioContext context;
    private final ResponseSteps responses;

    public PayResponseSteps(ScenarioContext context, ResponseSteps responses) {
        this.context = context;
        this.responses = responses;
    }

    @Then("the response is a client error")
    public void theResponseIsAClientError() {
        int status = context.response.statusCode();
        assertTrue(status >= 400 && status < 500, () -> "Expected a 4xx; " + describeResponse());
        theResponseHasAnAmazonPayErrorBody();
    }

    @Then("the error reason code is {string}")
    public void theErrorReasonCodeIs(String reasonCode) {
        assertEquals(reasonCode, context.response.jsonPath().getString("reasonCode"), this::describeResponse);
    }

    /** A stub-choice check inside a scenario that is not one: it applies only to a target claiming stub-choice. */
    @Then("the error reason code is {string} if the target claims stub-choice")
    public void theErrorReasonCodeIsIfTheTargetClaimsStubChoice(String reasonCode) {
        if (!Target.profile().claims(Capability.STUB_CHOICE)) {
            context.scenario.log("Reason code not checked: the target does not claim stub-choice");
            return;
        }
        theErrorReasonCodeIs(reasonCode);
    }

    @Then("the response has an Amazon Pay error body")
    public void theResponseHasAnAmazonPayErrorBody() {
        Response response = context.response;
        assertTrue(response.contentType().startsWith("application/json"), this::describeResponse);
        String reasonCode = response.jsonPath().getString("reasonCode");
        String message = response.jsonPath().getString("message");
        assertTrue(reasonCode != null && !reasonCode.isBlank(), () -> "No reasonCode; " + describeResponse());
        assertTrue(message != null && !message.isBlank(), () -> "No message; " + describeResponse());
        assertFalse(STACK_TRACE.matcher(response.asString()).find(), () -> "The error body leaks a stack trace; " + describeResponse());
    }

    @Then("the error message names the existing schedule's id")
    public void theErrorMessageNamesTheExistingSchedulesId() {
        String message = context.response.jsonPath().getString("message");
        assertNotNull(message, this::describeResponse);
        assertTrue(message.contains(context.existingId()),
                () -> "The message should name schedule " + context.existingId() + "; " + describeResponse());
    }

    /**
     * Amazon documents no answer for a create that must not create (the seed's sentence on it is cut short),
     * only that there is one schedule per report type: the answer must not claim a creation.
     */
    @Then("the request creates no schedule")
    public void theRequestCreatesNoSchedule() {
        assertNotEquals(201, context.response.statusCode(), () -> "201 says a schedule was created; " + describeResponse());
    }

    @Then("the response names a new report schedule id")
    public void theResponseNamesANewReportScheduleId() {
        String id = context.response.jsonPath().getString("reportScheduleId");
        assertTrue(id != null && !id.isBlank(), this::describeResponse);
        if (context.existingSchedule != null) {
            assertFalse(id.equals(context.existingId()), "A replacement schedule gets a new id");
        }
    }

    @Then("the merchant's schedules are exactly:")
    public void theMerchantsSchedulesAreExactly(DataTable expected) {
        assertSameSchedules(expected, PayScheduleLists.schedulesOf(context.merchant()));
    }

    @Then("the listed schedules are exactly:")
    public void theListedSchedulesAreExactly(DataTable expected) {
        assertEquals(200, context.response.statusCode(), this::describeResponse);
        assertSameSchedules(expected, PayScheduleSteps.listed(context.response));
    }

    @Then("the merchant has {int} report schedules")
    public void theMerchantHasReportSchedules(int count) {
        assertEquals(count, PayScheduleLists.schedulesOf(context.merchant()).size());
    }

    @Then("the merchant has no report schedules")
    public void theMerchantHasNoReportSchedules() {
        theMerchantHasReportSchedules(0);
    }

    @Then("the merchant still has only the existing schedule, unchanged")
    @Then("the first merchant still has only the existing schedule, unchanged")
    public void theMerchantStillHasOnlyTheExistingSchedule() {
        List<Map<String, Object>> schedules = PayScheduleLists.schedulesOf(context.merchant());
        assertEquals(1, schedules.size(), () -> "Expected only the existing schedule " + context.existingSchedule + "; listed " + schedules);
        PayScheduleLists.assertSameSchedule(context.existingSchedule, schedules.get(0), () -> "listed " + schedules);
    }

    @Then("getting the existing schedule by id answers {int} {string}")
    public void gettingTheExistingScheduleAnswers(int status, String reasonCode) {
        context.response = PayClient.as(context.merchant()).get(PayScheduleSteps.SCHEDULES + "/{id}", context.existingId());
        responses.theResponseStatusIs(status);
        theErrorReasonCodeIs(reasonCode);
    }

    @Then("cancelling the existing schedule again answers {int} {string}")
    public void cancellingTheExistingScheduleAgainAnswers(int status, String reasonCode) {
        context.response = PayClient.as(context.merchant()).delete(PayScheduleSteps.SCHEDULES + "/{id}", context.existingId());
        responses.theResponseStatusIs(status);
        theErrorReasonCodeIs(reasonCode);
    }

    @Then("the response describes the existing schedule")
    public void theResponseDescribesTheExistingSchedule() {
        Map<String, Object> body = context.response.jsonPath().getMap("$");
        Object schedule = body.containsKey("reportSchedules") ? single(body.get("reportSchedules")) : body;
        PayScheduleLists.assertSameSchedule(context.existingSchedule, schedule, this::describeResponse);
    }

    @Then("the response is a flat report schedule")
    public void theResponseIsAFlatReportSchedule() {
        Map<String, Object> body = context.response.jsonPath().getMap("$");
        assertFalse(body.containsKey("reportSchedules"), () -> "Wrapped, not flat; " + describeResponse());
        PayScheduleLists.assertSameSchedule(context.existingSchedule, body, this::describeResponse);
    }

    @Then("the response carries a non-empty {string} header")
    public void theResponseCarriesANonEmptyHeader(String name) {
        String value = context.response.header(name);
        assertTrue(value != null && !value.isBlank(), () -> "No " + name + " header; " + describeResponse());
    }

    /** A table's schedules, with any nextReportCreationTime judged as one that may have moved on (see PayScheduleLists). */
    private static void assertSameSchedules(DataTable expected, List<Map<String, Object>> actual) {
        ScheduleTables.assertSameRows(expected, actual, PayScheduleLists.NEXT_REPORT_CREATION_TIME, (given, expectedRow, actualRow) ->
                PayScheduleLists.creationTimeProblem(given,
                        String.valueOf(expectedRow.getOrDefault("scheduleFrequency", String.valueOf(actualRow.get("scheduleFrequency")))),
                        actualRow.get(PayScheduleLists.NEXT_REPORT_CREATION_TIME)));
    }

    private static Object single(Object list) {
        List<?> items = (List<?>) list;
        assertEquals(1, items.size(), "A wrapped answer holds exactly one schedule");
        return items.get(0);
    }

    private String describeResponse() {
        return "got " + context.response.statusCode() + " " + context.response.asString();
    }
}
