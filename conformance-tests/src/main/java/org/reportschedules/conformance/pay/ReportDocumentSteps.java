package org.reportschedules.conformance.pay;

import java.net.URI;
import java.util.Map;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.restassured.RestAssured;
import org.reportschedules.conformance.Exchanges;
import org.reportschedules.conformance.FlatFiles;
import org.reportschedules.conformance.ScenarioContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report's document: Get Report Document, and the download from the url it gives (not Amazon Pay's API: S3's). */
public class ReportDocumentSteps {

    private final ScenarioContext context;

    public ReportDocumentSteps(ScenarioContext context) {
        this.context = context;
    }

    @When("the merchant gets the report's document")
    public void theMerchantGetsTheReportsDocument() {
        Object documentId = PayReportLists.report(context.merchant(), context.reportId()).get("reportDocumentId");
        context.response = PayClient.as(context.merchant()).get(PayReportLists.DOCUMENTS + "/{id}", documentId);
        if (context.response.statusCode() == 200) {
            context.documentUrl = context.response.jsonPath().getString("url");
        }
    }

    @Then("the answer gives the document's download url, its compressionAlgorithm N\\/A")
    public void theAnswerGivesTheDocumentsDownloadUrl() {
        assertEquals(200, context.response.statusCode(), this::describeResponse);
        Map<String, Object> document = context.response.jsonPath().getMap("$");
        Object documentId = PayReportLists.report(context.merchant(), context.reportId()).get("reportDocumentId");
        assertEquals(documentId, document.get("reportDocumentId"), this::describeResponse);
        assertEquals("N/A", document.get("compressionAlgorithm"), this::describeResponse);
        URI url = URI.create(String.valueOf(document.get("url")));
        assertTrue(url.isAbsolute() && url.getScheme().startsWith("http"), () -> "No http(s) url to download from; " + describeResponse());
    }

    /** As a client downloads it: a plain GET of the url as given, without the Amazon Pay headers or signature. */
    @When("the document is downloaded from its url")
    public void theDocumentIsDownloadedFromItsUrl() {
        context.response = RestAssured.given().urlEncodingEnabled(false).filter(Exchanges.RECORDER).get(context.documentUrl);
    }

    @Then("the download is a CSV file with a header row")
    public void theDownloadIsACsvFileWithAHeaderRow() {
        assertEquals(200, context.response.statusCode(), this::describeResponse);
        FlatFiles.assertHeaderRow(context.response.asString(), ",", this::describeResponse);
    }

    private String describeResponse() {
        return "got " + context.response.statusCode() + " " + context.response.asString();
    }
}
