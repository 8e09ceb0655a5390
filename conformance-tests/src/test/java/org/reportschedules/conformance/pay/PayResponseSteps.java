package org.reportschedules.conformance.pay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Then;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.restassured.response.Response;
import org.reportschedules.conformance.ResponseSteps;
import org.reportschedules.conformance.ScenarioContext;
import org.reportschedules.conformance.ScheduleTables;

import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the merchant sees: statuses, error bodies and the schedules the target now holds. */
public class PayResponseSteps {

    private final ScenarioContext context;
    private final ResponseSteps responses;

    public PayResponseSteps(ScenarioContext context, ResponseSteps responses) {
        this.context = context;
        this.responses = responses;
    }

    @Before
    public void rememberTheScenario(Scenario scenario) {
        context.scenario = scenario;
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

    /** A @stub-choice check inside a scenario that is not one: it runs when the run would run @stub-choice. */
    @Then("the error reason code is {string} unless the run excludes @stub-choice")
    public void theErrorReasonCodeIsUnlessTheRunExcludesStubChoices(String reasonCode) {
        List<String> tags = new ArrayList<>(context.scenario.getSourceTagNames());
        tags.add("@stub-choice");
        String filter = runTagFilter();
        if (filter != null && !TagExpressionParser.parse(filter).evaluate(tags)) {
            context.scenario.log("Reason code not checked: the run's tag filter \"" + filter + "\" excludes @stub-choice");
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
        assertFalse(response.asString().contains("Exception"), () -> "The error body leaks an exception; " + describeResponse());
    }

    @Then("the error message names the existing schedule's id")
    public void theErrorMessageNamesTheExistingSchedulesId() {
        String message = context.response.jsonPath().getString("message");
        assertNotNull(message, this::describeResponse);
        assertTrue(message.contains(context.existingId()),
                () -> "The message should name schedule " + context.existingId() + "; " + describeResponse());
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
        ScheduleTables.assertSameRows(expected, PayScheduleLists.schedulesOf(context.merchant));
    }

    @Then("the listed schedules are exactly:")
    public void theListedSchedulesAreExactly(DataTable expected) {
        assertEquals(200, context.response.statusCode(), this::describeResponse);
        ScheduleTables.assertSameRows(expected, PayScheduleSteps.listed(context.response));
    }

    @Then("the merchant has {int} report schedules")
    public void theMerchantHasReportSchedules(int count) {
        assertEquals(count, PayScheduleLists.schedulesOf(context.merchant).size());
    }

    @Then("the merchant has no report schedules")
    public void theMerchantHasNoReportSchedules() {
        theMerchantHasReportSchedules(0);
    }

    @Then("the merchant still has only the existing schedule, unchanged")
    @Then("the first merchant still has only the existing schedule, unchanged")
    public void theMerchantStillHasOnlyTheExistingSchedule() {
        assertEquals(List.of(context.existingSchedule), PayScheduleLists.schedulesOf(context.merchant));
    }

    @Then("getting the existing schedule by id answers {int} {string}")
    public void gettingTheExistingScheduleAnswers(int status, String reasonCode) {
        context.response = PayClient.as(context.merchant).get(PayScheduleSteps.SCHEDULES + "/{id}", context.existingId());
        responses.theResponseStatusIs(status);
        theErrorReasonCodeIs(reasonCode);
    }

    @Then("cancelling the existing schedule again answers {int} {string}")
    public void cancellingTheExistingScheduleAgainAnswers(int status, String reasonCode) {
        context.response = PayClient.as(context.merchant).delete(PayScheduleSteps.SCHEDULES + "/{id}", context.existingId());
        responses.theResponseStatusIs(status);
        theErrorReasonCodeIs(reasonCode);
    }

    @Then("the response describes the existing schedule")
    public void theResponseDescribesTheExistingSchedule() {
        Map<String, Object> body = context.response.jsonPath().getMap("$");
        Object schedule = body.containsKey("reportSchedules") ? single(body.get("reportSchedules")) : body;
        assertEquals(context.existingSchedule, schedule, this::describeResponse);
    }

    @Then("the response is a flat report schedule")
    public void theResponseIsAFlatReportSchedule() {
        assertEquals(context.existingSchedule, context.response.jsonPath().getMap("$"), this::describeResponse);
    }

    @Then("the response carries a non-empty {string} header")
    public void theResponseCarriesANonEmptyHeader(String name) {
        String value = context.response.header(name);
        assertTrue(value != null && !value.isBlank(), () -> "No " + name + " header; " + describeResponse());
    }

    private static Object single(Object list) {
        List<?> items = (List<?>) list;
        assertEquals(1, items.size(), "A wrapped answer holds exactly one schedule");
        return items.get(0);
    }

    /** The run's cucumber.filter.tags, where JUnit Platform looks: -D first, then junit-platform.properties. */
    private static String runTagFilter() {
        String filter = System.getProperty(FILTER_TAGS_PROPERTY_NAME);
        if (filter == null) {
            Properties file = new Properties();
            try (InputStream in = PayResponseSteps.class.getResourceAsStream("/junit-platform.properties")) {
                if (in != null) {
                    file.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            filter = file.getProperty(FILTER_TAGS_PROPERTY_NAME);
        }
        return filter == null || filter.isBlank() ? null : filter;
    }

    private String describeResponse() {
        return "got " + context.response.statusCode() + " " + context.response.asString();
    }
}
