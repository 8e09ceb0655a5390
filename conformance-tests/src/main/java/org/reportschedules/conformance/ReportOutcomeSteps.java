package org.reportschedules.conformance;

import java.util.Map;

import io.cucumber.java.en.Given;

/** Plans how a merchant's next reports end, through the stub's admin API (scenarios tagged @clock-control). */
public class ReportOutcomeSteps {

    private final ScenarioContext context;

    public ReportOutcomeSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("the merchant's next report of {word} is planned to end {word}")
    public void theMerchantsNextReportIsPlannedToEnd(String reportType, String outcome) {
        AdminClient.post("/__admin/report-outcomes",
                Map.of("publicKeyId", context.merchant().publicKeyId(), "reportType", reportType, "outcome", outcome));
    }
}
