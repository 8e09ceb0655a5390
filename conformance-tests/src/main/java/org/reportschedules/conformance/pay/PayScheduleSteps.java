package org.reportschedules.conformance.pay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.reportschedules.conformance.ScenarioContext;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The merchant's actions on the Amazon Pay report-schedule operations. */
public class PayScheduleSteps {

    static final String SCHEDULES = "/v2/report-schedules";
    private static final String DEFAULT_START = "20221118T150630Z";

    private final ScenarioContext context;

    public PayScheduleSteps(ScenarioContext context) {
        this.context = context;
    }

    /** A deleteExistingSchedule value as written in a feature: "text" is sent as a string, bare true/false as a boolean. */
    @ParameterType("\"[^\"]*\"|true|false")
    public Object flag(String written) {
        return written.startsWith("\"") ? written.substring(1, written.length() - 1) : Boolean.valueOf(written);
    }

    /** Which of the scenario's merchants acts: "the merchant" or "the second merchant". */
    @ParameterType("the merchant|the second merchant")
    public PayMerchant merchant(String written) {
        return written.equals("the merchant") ? context.merchant() : context.secondMerchant;
    }

    @Given("a merchant with no report schedules")
    public void aMerchantWithNoReportSchedules() {
        context.merchant = withoutSchedules(PayMerchant.forScenario(0));
    }

    @Given("a second merchant with no report schedules")
    public void aSecondMerchantWithNoReportSchedules() {
        context.secondMerchant = withoutSchedules(PayMerchant.forScenario(1));
    }

    /** A profile's merchant keeps what earlier scenarios left: cancel it, so the scenario starts from nothing. */
    static PayMerchant withoutSchedules(PayMerchant merchant) {
        for (Map<String, Object> schedule : PayScheduleLists.schedulesOf(merchant)) {
            Response cancelled = PayClient.as(merchant).delete(SCHEDULES + "/{id}", schedule.get("reportScheduleId"));
            assertEquals(200, cancelled.statusCode(), () -> "Emptying the merchant's schedules failed: " + cancelled.asString());
        }
        return merchant;
    }

    @Given("the merchant has a schedule for {word} reports every {word}")
    public void theMerchantHasASchedule(String reportType, String frequency) {
        haveSchedule(reportType, frequency, DEFAULT_START);
    }

    /** A schedule whose first report is due a little after the scenario froze the target's clock. */
    @Given("the merchant has a schedule for {word} reports every {word}, due in {duration}")
    public void theMerchantHasAScheduleDueIn(String reportType, String frequency, Duration dueIn) {
        haveSchedule(reportType, frequency, PayDateTimes.format(context.began().plus(dueIn)));
    }

    private void haveSchedule(String reportType, String frequency, String start) {
        Response created = create(PayClient.as(context.merchant()), SCHEDULES, body(reportType, frequency, start));
        assertEquals(201, created.statusCode(), () -> "Creating the scenario's schedule failed: " + created.asString());
        String id = created.jsonPath().getString("reportScheduleId");
        context.existingSchedule = PayScheduleLists.schedulesOf(context.merchant()).stream()
                .filter(s -> id.equals(s.get("reportScheduleId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The created schedule " + id + " is not listed"));
    }

    @When("the merchant creates a schedule with the body:")
    public void theMerchantCreatesAScheduleWithTheBody(String json) {
        remember(create(PayClient.as(context.merchant()), SCHEDULES, json));
    }

    /** A body outside the contract on purpose: only the answer is judged. */
    @When("the merchant tries to create a schedule with the body:")
    public void theMerchantTriesToCreateAScheduleWithTheBody(String json) {
        remember(create(PayClient.invalidAs(context.merchant()), SCHEDULES, json));
    }

    @When("{merchant} creates a schedule for {word} reports every {word} from {string}")
    public void createsASchedule(PayMerchant merchant, String reportType, String frequency, String start) {
        remember(create(PayClient.as(merchant), SCHEDULES, body(reportType, frequency, start)));
    }

    @When("the merchant creates a schedule at {string} for {word} reports every {word}")
    public void theMerchantCreatesAScheduleAt(String path, String reportType, String frequency) {
        remember(create(PayClient.as(context.merchant()), path, body(reportType, frequency, DEFAULT_START)));
    }

    @When("the merchant creates a schedule for {word} reports every {word} with deleteExistingSchedule {flag} in the {word}")
    public void theMerchantCreatesAScheduleWithTheFlag(String reportType, String frequency, Object flag, String where) {
        Map<String, Object> body = body(reportType, frequency, DEFAULT_START);
        boolean validValue = flag instanceof Boolean || "true".equals(flag) || "false".equals(flag);
        RequestSpecification request = validValue ? PayClient.as(context.merchant()) : PayClient.invalidAs(context.merchant());
        switch (where) {
            case "query" -> request.queryParam("deleteExistingSchedule", flag);
            case "body" -> body.put("deleteExistingSchedule", flag);
            default -> throw new IllegalArgumentException("deleteExistingSchedule goes in the query or the body, not the " + where);
        }
        remember(create(request, SCHEDULES, body));
    }

    @When("{merchant} lists their report schedules")
    public void listsTheirReportSchedules(PayMerchant merchant) {
        context.response = PayClient.as(merchant).get(SCHEDULES);
    }

    @When("the merchant lists their report schedules at {string}")
    public void theMerchantListsTheirReportSchedulesAt(String path) {
        context.response = PayClient.as(context.merchant()).get(path);
    }

    @When("the merchant lists their report schedules for report types {string}")
    public void theMerchantListsTheirReportSchedulesFor(String reportTypes) {
        context.response = PayClient.as(context.merchant()).queryParam("reportTypes", reportTypes).get(SCHEDULES);
    }

    @When("the merchant lists their report schedules for the unknown report type {string}")
    public void theMerchantListsTheirReportSchedulesForAnUnknownType(String reportType) {
        context.response = PayClient.invalidAs(context.merchant()).queryParam("reportTypes", reportType).get(SCHEDULES);
    }

    @When("{merchant} gets the existing schedule by id")
    public void getsTheExistingSchedule(PayMerchant merchant) {
        context.response = PayClient.as(merchant).get(SCHEDULES + "/{id}", context.existingId());
    }

    @When("the merchant gets the schedule with id {string}")
    public void theMerchantGetsTheScheduleWithId(String id) {
        context.response = PayClient.as(context.merchant()).get(SCHEDULES + "/{id}", id);
    }

    @When("the merchant gets the created schedule at {string}")
    public void theMerchantGetsTheCreatedScheduleAt(String path) {
        context.response = PayClient.as(context.merchant()).get(path.replace("{id}", context.createdId));
    }

    @When("{merchant} cancels the existing schedule")
    public void cancelsTheExistingSchedule(PayMerchant merchant) {
        context.response = PayClient.as(merchant).delete(SCHEDULES + "/{id}", context.existingId());
    }

    @When("the merchant cancels the schedule with id {string}")
    public void theMerchantCancelsTheScheduleWithId(String id) {
        context.response = PayClient.as(context.merchant()).delete(SCHEDULES + "/{id}", id);
    }

    @When("the merchant cancels the created schedule at {string}")
    public void theMerchantCancelsTheCreatedScheduleAt(String path) {
        context.response = PayClient.as(context.merchant()).delete(path.replace("{id}", context.createdId));
    }

    @When("the merchant sends {word} {word} with content type {string} and no body")
    public void theMerchantSendsWithoutBody(String method, String path, String contentType) {
        context.response = PayClient.invalidAs(context.merchant()).contentType(contentType).request(method, path);
    }

    @When("the merchant sends {word} {word} with content type {string} and the body {string}")
    public void theMerchantSends(String method, String path, String contentType, String body) {
        RequestSpecification request = PayClient.invalidAs(context.merchant()).contentType(contentType);
        if (!body.isEmpty()) {
            request.body(body);
        }
        context.response = request.request(method, path);
    }

    private void remember(Response response) {
        context.response = response;
        if (response.statusCode() == 201) {
            context.createdId = response.jsonPath().getString("reportScheduleId");
        }
    }

    private static Response create(RequestSpecification request, String path, Object body) {
        return PayClient.post(request.contentType(ContentType.JSON).body(body), path);
    }

    static Map<String, Object> body(String reportType, String frequency, String start) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportType", reportType);
        body.put("scheduleFrequency", frequency);
        body.put("nextReportCreationTime", start);
        return body;
    }

    static List<Map<String, Object>> listed(Response response) {
        return response.jsonPath().getList("reportSchedules");
    }
}
