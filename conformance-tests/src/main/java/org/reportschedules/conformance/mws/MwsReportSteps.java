package org.reportschedules.conformance.mws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.response.Response;
import org.reportschedules.conformance.ClockSteps;
import org.reportschedules.conformance.FlatFiles;
import org.reportschedules.conformance.ScenarioContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reports a seller's schedules make, as MWS clients read them: GetReportList, GetReportCount, GetReport. */
public class MwsReportSteps {

    private final ScenarioContext context;
    private final ClockSteps clock;

    public MwsReportSteps(ScenarioContext context, ClockSteps clock) {
        this.context = context;
        this.clock = clock;
    }

    /** A schedule whose first report is requested a little after the scenario froze the target's clock. */
    @Given("the seller has scheduled {word} reports {word}, due in {duration}")
    public void theSellerHasScheduledDueIn(String reportType, String schedule, Duration dueIn) {
        context.sentScheduleDate = context.began().plus(dueIn);
        Response response = MwsSteps.call(context.seller(), "ManageReportSchedule",
                Map.of("ReportType", reportType, "Schedule", schedule, "ScheduleDate", context.sentScheduleDate.toString()));
        assertEquals(200, response.statusCode(), () -> "Scheduling for the scenario failed: " + response.asString());
    }

    /** GetReportList lists reports once they are done: the clock moves on a little while none is listed yet. */
    @When("the seller lists their {word} reports made since the scenario began")
    public void theSellerListsTheirReportsMadeSinceTheScenarioBegan(String reportType) {
        clock.passUntil(() -> {
            context.response = MwsSteps.call(context.seller(), "GetReportList", madeSinceTheScenarioBegan(reportType));
            return context.response.statusCode() != 200 || !MwsAnswer.of(context.response).reports().isEmpty();
        });
    }

    @When("the seller counts their {word} reports made since the scenario began")
    public void theSellerCountsTheirReportsMadeSinceTheScenarioBegan(String reportType) {
        context.response = MwsSteps.call(context.seller(), "GetReportCount", madeSinceTheScenarioBegan(reportType));
    }

    @Then("the result lists exactly {int} report(s) of {word}")
    public void theResultListsExactlyReportsOf(int count, String reportType) {
        List<Map<String, String>> reports = MwsAnswer.of(context.response).reports();
        assertEquals(count, reports.size(), this::describe);
        reports.forEach(report -> assertEquals(reportType, report.get("ReportType"), this::describe));
        if (count == 1) {
            context.reportId = reports.get(0).get("ReportId");
        }
    }

    @When("the seller downloads the report with GetReport")
    public void theSellerDownloadsTheReport() {
        context.response = MwsSteps.call(context.seller(), "GetReport", Map.of("ReportId", context.reportId()));
    }

    /** Amazon's GetReport page: the client computes the MD5 digest of the body and compares it with Content-MD5. */
    @Then("the reply is the report as a flat file with a header row, its Content-MD5 the MD5 digest of its body")
    public void theReplyIsTheReportAsAFlatFile() {
        assertEquals(200, context.response.statusCode(), this::describe);
        FlatFiles.assertHeaderRow(new String(context.response.asByteArray(), StandardCharsets.UTF_8), "\t", this::describe);
        String contentMd5 = context.response.header("Content-MD5");
        assertTrue(contentMd5 != null, () -> "No Content-MD5 header; " + describe());
        assertEquals(md5(context.response.asByteArray()), contentMd5, () -> "Content-MD5 is not the MD5 digest of the body; " + describe());
    }

    @Then("the seller's {word} schedule is now due {duration} after the ScheduleDate sent")
    public void theSellersScheduleIsNowDueAfterTheScheduleDateSent(String reportType, Duration later) {
        Response list = MwsSteps.call(context.seller(), "GetReportScheduleList", Map.of("ReportTypeList.Type.1", reportType));
        assertEquals(200, list.statusCode(), list::asString);
        List<Map<String, String>> schedules = MwsAnswer.of(list).schedules();
        assertEquals(1, schedules.size(), list::asString);
        assertEquals(context.sentScheduleDate.plus(later), OffsetDateTime.parse(schedules.get(0).get("ScheduledDate")).toInstant(),
                () -> "ScheduledDate after the schedule fired; " + list.asString());
    }

    private Map<String, String> madeSinceTheScenarioBegan(String reportType) {
        return Map.of("ReportTypeList.Type.1", reportType, "AvailableFromDate", context.began().toString());
    }

    private static String md5(byte[] body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private String describe() {
        return "got " + context.response.statusCode() + " " + context.response.asString();
    }
}
