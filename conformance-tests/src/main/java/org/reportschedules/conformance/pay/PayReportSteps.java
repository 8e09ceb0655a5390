package org.reportschedules.conformance.pay;

import java.time.Duration;
import java.util.ArrayList;
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

/** The merchant's actions on the Amazon Pay report operations: asking for reports, listing them, reading one. */
public class PayReportSteps {

    /** The period of the contract's Create Report example: long past, so in the past of any target's clock. */
    static final String EXAMPLE_START = "20221101T000000Z";
    static final String EXAMPLE_END = "20221114T074550Z";

    private final ScenarioContext context;

    public PayReportSteps(ScenarioContext context) {
        this.context = context;
    }

    /** How far from a report's createdTime a filter is set: "at", "1 second before", "2 seconds after". */
    @ParameterType("at|\\d+ seconds? (?:before|after)")
    public Duration offset(String written) {
        if (written.equals("at")) {
            return Duration.ZERO;
        }
        Duration seconds = Duration.ofSeconds(Long.parseLong(written.substring(0, written.indexOf(' '))));
        return written.endsWith("before") ? seconds.negated() : seconds;
    }

    @Given("the merchant has asked for {int} report(s) of {word}")
    public void theMerchantHasAskedForReports(int count, String reportType) {
        for (int i = 0; i < count; i++) {
            Response created = create(PayClient.as(context.merchant()), body(reportType, EXAMPLE_START, EXAMPLE_END));
            assertEquals(201, created.statusCode(), () -> "Asking for the scenario's report failed: " + created.asString());
            remember(created, reportType);
        }
    }

    @When("the merchant asks for a report of {word} from {string} to {string}")
    public void theMerchantAsksForAReport(String reportType, String start, String end) {
        context.response = create(PayClient.as(context.merchant()), body(reportType, start, end));
        remember(context.response, reportType);
    }

    /** A body outside the contract on purpose: only the answer is judged. */
    @When("the merchant tries to create a report with the body:")
    public void theMerchantTriesToCreateAReport(String json) {
        context.response = create(PayClient.invalidAs(context.merchant()), json);
        remember(context.response, "?");
    }

    @Given("the merchant's reports so far are noted")
    public void theMerchantsReportsSoFarAreNoted() {
        context.notedReports = PayReportLists.listing(context.merchant(), Map.of()).ids();
    }

    @When("the merchant reads their reports {int} at a time, page by page")
    public void theMerchantReadsTheirReportsPageByPage(int pageSize) {
        context.responses = PayReportLists.pages(context.merchant(), Map.of("pageSize", Integer.toString(pageSize)));
    }

    @When("the merchant lists their reports of report types {string}")
    public void theMerchantListsTheirReportsOfTypes(String reportTypes) {
        context.listings = List.of(list(Map.of("reportTypes", reportTypes)));
    }

    /** Two listings in this order: a report that ends between them is in the first, the second, or both. */
    @When("the merchant lists their reports with processingStatuses {string}, then with {string}")
    public void theMerchantListsTheirReportsByStatus(String first, String then) {
        context.listings = List.of(list(Map.of("processingStatuses", first)), list(Map.of("processingStatuses", then)));
    }

    @When("the merchant lists their {word} reports made since the scenario began")
    public void theMerchantListsTheirReportsMadeSinceTheScenarioBegan(String processingStatuses) {
        context.listings = List.of(list(Map.of("processingStatuses", processingStatuses,
                "createdSince", PayDateTimes.format(context.began()))));
    }

    /** createdSince or createdUntil set from the createdTime of the first or the last report the scenario asked for. */
    @When("the merchant lists their reports with {word} {offset} the {word} report's createdTime")
    public void theMerchantListsTheirReportsCreatedRelativeTo(String filter, Duration offset, String which) {
        List<String> ids = new ArrayList<>(context.reports.keySet());
        String id = which.equals("first") ? ids.get(0) : ids.get(ids.size() - 1);
        String createdTime = String.valueOf(PayReportLists.report(context.merchant(), id).get("createdTime"));
        context.listings = List.of(list(Map.of(filter, PayDateTimes.format(PayDateTimes.parse(createdTime).plus(offset)))));
    }

    @When("the merchant gets the report by id")
    public void theMerchantGetsTheReportById() {
        context.response = PayClient.as(context.merchant()).get(PayReportLists.REPORTS + "/{id}", context.reportId());
    }

    @When("the merchant gets the report with id {string}")
    public void theMerchantGetsTheReportWithId(String id) {
        context.response = PayClient.as(context.merchant()).get(PayReportLists.REPORTS + "/{id}", id);
    }

    @When("the merchant gets the report document with id {string}")
    public void theMerchantGetsTheReportDocumentWithId(String id) {
        context.response = PayClient.as(context.merchant()).get(PayReportLists.DOCUMENTS + "/{id}", id);
    }

    private PayReportListing list(Map<String, String> filters) {
        return PayReportLists.listing(context.merchant(), filters);
    }

    private void remember(Response created, String reportType) {
        if (created.statusCode() == 201) {
            context.reportId = created.jsonPath().getString("reportId");
            context.reports.put(context.reportId, reportType);
        }
    }

    private static Response create(RequestSpecification request, Object body) {
        return PayClient.post(request.contentType(ContentType.JSON).body(body), PayReportLists.REPORTS);
    }

    private static Map<String, Object> body(String reportType, String start, String end) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportType", reportType);
        body.put("startTime", start);
        body.put("endTime", end);
        return body;
    }
}
