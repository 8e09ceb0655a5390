package org.reportschedules.conformance.pay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Reads a merchant's reports back from the target: one by id, or a whole listing page by page. */
final class PayReportLists {

    static final String REPORTS = "/v2/reports";
    static final String DOCUMENTS = "/v2/report-documents";
    /** The largest page the contract allows: the fewest calls for a whole listing. */
    private static final String LARGEST_PAGE = "100";
    /** A listing that needs more pages than this does not end: the target keeps answering a nextToken. */
    private static final int MOST_PAGES = 50;

    private PayReportLists() {
    }

    /**
     * Every page of a listing: the first asked for with these filters, each next one with the previous page's
     * nextToken as its only parameter, as Amazon documents; until a page carries no nextToken.
     */
    static List<Response> pages(PayMerchant merchant, Map<String, String> filters) {
        List<Response> pages = new ArrayList<>();
        Response page = PayClient.as(merchant).queryParams(filters).get(REPORTS);
        while (true) {
            Response answered = page;
            assertEquals(200, answered.statusCode(), () -> "Get Reports failed: " + answered.asString());
            pages.add(answered);
            String token = answered.jsonPath().getString("nextToken");
            if (token == null) {
                return pages;
            }
            if (pages.size() == MOST_PAGES) {
                fail("The listing does not end: page " + MOST_PAGES + " still carries a nextToken; " + answered.asString());
            }
            page = PayClient.as(merchant).queryParam("nextToken", token).get(REPORTS);
        }
    }

    /** The whole listing with these filters, in pages as large as the contract allows unless the filters name a size. */
    static PayReportListing listing(PayMerchant merchant, Map<String, String> filters) {
        Map<String, String> query = new HashMap<>(filters);
        query.putIfAbsent("pageSize", LARGEST_PAGE);
        List<Map<String, Object>> reports = new ArrayList<>();
        pages(merchant, query).forEach(page -> reports.addAll(reportsOn(page)));
        return new PayReportListing(filters, reports);
    }

    static List<Map<String, Object>> reportsOn(Response page) {
        return page.jsonPath().getList("reports");
    }

    /** The merchant's report with this id, as Get Report By Id answers it. */
    static Map<String, Object> report(PayMerchant merchant, String reportId) {
        Response report = PayClient.as(merchant).get(REPORTS + "/{id}", reportId);
        assertEquals(200, report.statusCode(), () -> "Get Report By Id " + reportId + " failed: " + report.asString());
        return report.jsonPath().getMap("$");
    }
}
