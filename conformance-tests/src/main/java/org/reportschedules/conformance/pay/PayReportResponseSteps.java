package org.reportschedules.conformance.pay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Then;
import org.reportschedules.conformance.ClockSteps;
import org.reportschedules.conformance.ScenarioContext;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.profile.Capability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** What the merchant sees of their reports: one report, the pages of a listing, what a filter kept. */
public class PayReportResponseSteps {

    private final ScenarioContext context;
    private final ClockSteps clock;

    public PayReportResponseSteps(ScenarioContext context, ClockSteps clock) {
        this.context = context;
        this.clock = clock;
    }

    /** Which of the scenario's reports a listing must hold, as a feature writes it. */
    @ParameterType("all of them|none of them|only the first|only the last|only those of types \\S+")
    public Set<String> selection(String written) {
        List<String> ids = new ArrayList<>(context.reports.keySet());
        return switch (written) {
            case "all of them" -> new TreeSet<>(ids);
            case "none of them" -> Set.of();
            case "only the first" -> Set.of(ids.get(0));
            case "only the last" -> Set.of(ids.get(ids.size() - 1));
            default -> {
                Set<String> types = Set.of(written.substring("only those of types ".length()).split(","));
                Set<String> kept = new TreeSet<>();
                context.reports.forEach((id, type) -> {
                    if (types.contains(type)) {
                        kept.add(id);
                    }
                });
                yield kept;
            }
        };
    }

    @Then("the response names a new report id")
    public void theResponseNamesANewReportId() {
        String id = context.response.jsonPath().getString("reportId");
        assertTrue(id != null && !id.isBlank(), this::describeResponse);
    }

    @Then("the response is the report asked for: {word} from {string} to {string}")
    public void theResponseIsTheReportAskedFor(String reportType, String start, String end) {
        assertEquals(200, context.response.statusCode(), this::describeResponse);
        Map<String, Object> report = context.response.jsonPath().getMap("$");
        assertEquals(context.reportId(), report.get("reportId"), this::describeResponse);
        assertEquals(reportType, report.get("reportType"), this::describeResponse);
        assertEquals(start, report.get("startTime"), this::describeResponse);
        assertEquals(end, report.get("endTime"), this::describeResponse);
    }

    @Then("the merchant's reports are still the ones noted")
    public void theMerchantsReportsAreStillTheOnesNoted() {
        assertEquals(new TreeSet<>(context.notedReports), new TreeSet<>(PayReportLists.listing(context.merchant(), Map.of()).ids()),
                "The merchant's reports, by id, before and after");
    }

    @Then("the merchant has exactly {int} report(s) of {word} made since the scenario began")
    public void theMerchantHasExactlyReportsMadeSinceTheScenarioBegan(int count, String reportType) {
        PayReportListing listing = PayReportLists.listing(context.merchant(),
                Map.of("reportTypes", reportType, "createdSince", PayDateTimes.format(context.began())));
        assertEquals(count, listing.reports().size(), () -> "Reports of " + reportType + " made since the scenario began: " + listing.reports());
        listing.ids().forEach(id -> context.reports.put(id, reportType));
        if (count == 1) {
            context.reportId = listing.ids().get(0);
        }
    }

    @Then("the report is {word} once its processing is over")
    public void theReportIsOnceItsProcessingIsOver(String status) {
        clock.passUntil(() -> !"IN_PROGRESS".equals(report().get("processingStatus")));
        Map<String, Object> report = report();
        assertEquals(status, report.get("processingStatus"), () -> "The report's processingStatus: " + report);
    }

    @Then("the report has a reportDocumentId")
    public void theReportHasAReportDocumentId() {
        Object documentId = report().get("reportDocumentId");
        assertTrue(documentId instanceof String id && !id.isBlank(), () -> "A COMPLETED report names its document: " + report());
    }

    @Then("the report has no reportDocumentId")
    public void theReportHasNoReportDocumentId() {
        assertNull(report().get("reportDocumentId"), () -> "Only a COMPLETED report has a document: " + report());
    }

    /** Amazon does not say which period a scheduled report covers: this project's choice, judged only where claimed. */
    @Then("the report covers the period of one {word} that ended at the schedule's time, if the target claims stub-choice")
    public void theReportCoversThePeriodThatEndedAtTheSchedulesTime(String frequency) {
        if (!Target.profile().claims(Capability.STUB_CHOICE)) {
            context.scenario.log("The period the report covers is not checked: the target does not claim stub-choice");
            return;
        }
        Instant due = PayDateTimes.parse(String.valueOf(context.existingSchedule.get(PayScheduleLists.NEXT_REPORT_CREATION_TIME)));
        Map<String, Object> report = report();
        assertEquals(PayDateTimes.format(due.minus(Duration.parse(frequency))), report.get("startTime"), () -> "startTime of " + report);
        assertEquals(PayDateTimes.format(due), report.get("endTime"), () -> "endTime of " + report);
    }

    @Then("the schedule's nextReportCreationTime has moved on by {word}")
    public void theSchedulesNextReportCreationTimeHasMovedOnBy(String frequency) {
        Instant before = PayDateTimes.parse(String.valueOf(context.existingSchedule.get(PayScheduleLists.NEXT_REPORT_CREATION_TIME)));
        Map<String, Object> schedule = PayScheduleLists.schedulesOf(context.merchant()).stream()
                .filter(s -> context.existingId().equals(s.get("reportScheduleId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The schedule " + context.existingId() + " is no longer listed"));
        assertEquals(PayDateTimes.format(before.plus(Duration.parse(frequency))), schedule.get(PayScheduleLists.NEXT_REPORT_CREATION_TIME),
                () -> "nextReportCreationTime of " + schedule + ", first due " + PayDateTimes.format(before));
    }

    @Then("the pages hold {int}, {int} and {int} reports")
    public void thePagesHold(int first, int second, int third) {
        List<Integer> sizes = context.responses.stream().map(page -> PayReportLists.reportsOn(page).size()).toList();
        assertEquals(List.of(first, second, third), sizes, "Reports on each page (each but the last carried a nextToken)");
    }

    @Then("the pages together hold each of the scenario's reports exactly once")
    public void thePagesTogetherHoldEachReportExactlyOnce() {
        List<String> ids = context.responses.stream()
                .flatMap(page -> PayReportLists.reportsOn(page).stream())
                .map(report -> String.valueOf(report.get("reportId")))
                .toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), () -> "A report is on two pages: " + ids);
        assertEquals(new TreeSet<>(context.reports.keySet()), new TreeSet<>(ids), "The reports the pages hold, and the scenario's");
    }

    @Then("every listed report matches the filters of its listing")
    public void everyListedReportMatchesTheFiltersOfItsListing() {
        for (PayReportListing listing : context.listings) {
            for (Map<String, Object> report : listing.reports()) {
                listing.filters().forEach((filter, value) -> {
                    if (!PayReportFilters.keeps(filter, value, report)) {
                        fail("Listed with " + filter + "=" + value + ": " + report);
                    }
                });
            }
        }
    }

    @Then("the listing(s) hold(s), of the scenario's reports, {selection}")
    public void theListingsHoldOfTheScenariosReports(Set<String> expected) {
        assertFalse(context.listings.isEmpty(), "No listing to judge");
        Set<String> listed = new LinkedHashSet<>();
        context.listings.forEach(listing -> listed.addAll(listing.ids()));
        listed.retainAll(context.reports.keySet());
        assertEquals(expected, new TreeSet<>(listed), () -> "Of the scenario's reports " + context.reports + ", listed");
    }

    private Map<String, Object> report() {
        return PayReportLists.report(context.merchant(), context.reportId());
    }

    private String describeResponse() {
        return "got " + context.response.statusCode() + " " + context.response.asString();
    }
}
