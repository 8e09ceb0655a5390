package org.reportschedules.reliability;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMethod;
import org.reportschedules.mws.SignatureV2;
import org.reportschedules.server.ServerLimits;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Generated invalid and unusual requests for every operation of both dialects and of the admin API, over HTTP. None
 * gets a 5xx or a dropped connection; every error is in its dialect's format (MWS's valid against the XSD); a refused
 * request (4xx) leaves every merchant's observable state as it was. The stub's clock is frozen so that state is
 * still. Tries per operation: jqwik.tries.default (junit-platform.properties; -Pfuzz-full raises it to 10,000).
 */
class GeneratedBadInputTest {

    private static final String PAY_KEY = "AFUZZKEY";
    private static final String SELLER = "AFUZZSELLER";
    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static StubSettings settings;
    private static StubServer stub;
    private static StubCalls calls;
    private static Schema mwsSchema;
    private static String state;

    @BeforeContainer
    static void start() throws Exception {
        settings = StubSettings.onPort(0).withReportProcessingDelay(Duration.ZERO)
                .withMws(StubCalls.mwsVerifyingSignatures(MwsSettings.Throttling.OFF));
        settings.clock().freeze();
        stub = StubServer.start(settings);
        calls = new StubCalls(stub.uri(), settings.clock());
        calls.pay("POST", "/v2/report-schedules", PAY_KEY, "{\"reportType\":\"" + ORDERS + "\",\"scheduleFrequency\":\"P1D\","
                + "\"nextReportCreationTime\":\"20991231T000000Z\"}");
        calls.pay("POST", "/v2/reports", PAY_KEY, "{\"reportType\":\"" + ORDERS + "\"}");
        calls.mws(SELLER, "ManageReportSchedule", Map.of("ReportType", "_GET_ORDERS_DATA_", "Schedule", "_1_DAY_"));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        mwsSchema = factory.newSchema(GeneratedBadInputTest.class.getResource("/openapi/mws-reports.xsd"));
        state = snapshot();
    }

    @AfterContainer
    static void stop() {
        stub.close();
    }

    // ---- Amazon Pay

    @Property
    void payGetReportSchedules(@ForAll("getReportSchedules") GeneratedRequest request) {
        checkPay(request);
    }

    @Property
    void payGetReportScheduleById(@ForAll("getReportScheduleById") GeneratedRequest request) {
        checkPay(request);
    }

    @Property
    void payCreateReportSchedule(@ForAll("createReportSchedule") GeneratedRequest request) {
        checkPay(request);
    }

    @Property
    void payCancelReportSchedule(@ForAll("cancelReportSchedule") GeneratedRequest request) {
        checkPay(request);
    }

    @Property
    void payGetReports(@ForAll("getReports") GeneratedRequest request) {
        checkPay(request);
    }

    @Property
    void payGetReportById(@ForAll("getReportById") GeneratedRequest request) {
        checkPay(request);
    }

    @Property
    void payCreateReport(@ForAll("createReport") GeneratedRequest request) {
        checkPay(request);
    }

    @Property
    void payGetReportDocument(@ForAll("getReportDocument") GeneratedRequest request) {
        checkPay(request);
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportSchedules() {
        return pay("GET", "/report-schedules", Map.of(), List.of("reportTypes"), null);
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportScheduleById() {
        return pay("GET", "/report-schedules/1", Map.of(), List.of(), null);
    }

    @Provide
    Arbitrary<GeneratedRequest> createReportSchedule() {
        return pay("POST", "/report-schedules", Map.of("deleteExistingSchedule", "false"), List.of(),
                Map.of("reportType", "\"" + ORDERS + "\"", "scheduleFrequency", "\"P1D\"", "nextReportCreationTime", "\"20991231T000000Z\""));
    }

    @Provide
    Arbitrary<GeneratedRequest> cancelReportSchedule() {
        return pay("DELETE", "/report-schedules/999999", Map.of(), List.of(), null);
    }

    @Provide
    Arbitrary<GeneratedRequest> getReports() {
        return pay("GET", "/reports", Map.of("pageSize", "10"), List.of("reportTypes", "processingStatuses", "createdSince",
                "createdUntil", "nextToken"), null);
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportById() {
        return pay("GET", "/reports/1", Map.of(), List.of(), null);
    }

    @Provide
    Arbitrary<GeneratedRequest> createReport() {
        return pay("POST", "/reports", Map.of(), List.of(), Map.of("reportType", "\"" + ORDERS + "\"",
                "startTime", "\"20261101T000000Z\"", "endTime", "\"20261102T000000Z\""));
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportDocument() {
        return pay("GET", "/report-documents/1", Map.of(), List.of(), null);
    }

    /**
     * The operation's own request with its parts changed: environment prefix, method, path id, query, content type,
     * Not TRACE yet: Grizzly answers it itself with an empty 405 (open finding; enabling TRACE makes Grizzly echo it).
     * body (for the operations that take one: valid fields changed, or no JSON object at all), authorization (garbage, none).
     */
    private static Arbitrary<GeneratedRequest> pay(String method, String tail, Map<String, String> query, List<String> optional,
                                                   Map<String, String> fields) {
        Arbitrary<String> prefix = Arbitraries.of("/v2", "/live/v2", "/sandbox/v2", "/v1", "", "/v2/", "/live/v2;x=1");
        Arbitrary<String> methods = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(method)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE", "CONNECT", "FOO")));
        Arbitrary<String> path = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(tail)),
                net.jqwik.api.Tuple.of(2, BadInputs.text().map(id -> tail.substring(0, tail.lastIndexOf('/') + 1) + encode(id))));
        Arbitrary<String> body = fields == null
                ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, Arbitraries.just((String) null)), net.jqwik.api.Tuple.of(1, BadInputs.jsonValue()))
                : BadInputs.jsonBody(fields);
        Arbitrary<String> authorization = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + PAY_KEY + ", SignedHeaders=accept, Signature=AAAA")),
                net.jqwik.api.Tuple.of(2, BadInputs.text().map(text -> text.replace("\r", "").replace("\n", ""))));
        return Combinators.combine(prefix, methods, path, BadInputs.parameters(query, optional), BadInputs.contentType("application/json"),
                body, authorization).as((p, m, t, parameters, type, json, auth) -> {
                    Map<String, String> headers = new LinkedHashMap<>();
                    headers.put("accept", "application/json");
                    if (!auth.isEmpty()) {
                        headers.put("authorization", auth);
                    }
                    if (!type.isEmpty()) {
                        headers.put("content-type", type);
                    }
                    return new GeneratedRequest(m, p + t + queryString(parameters), headers, json);
                });
    }

    private static void checkPay(GeneratedRequest request) {
        check(request);
    }

    /**
     * A request whose path is outside its dialect (a generated prefix or id) may be answered by another: an MWS form
     * post to an unknown path gets MWS's error. The request-id header names the dialect that answered.
     */
    private static void check(GeneratedRequest request) {
        RawExchange.Answer answer = RawExchange.send(stub.uri(), request);
        assertNoServerFault(answer);
        if (beyondTheParser(request, answer)) {
            return; // documented (README, Limits): Grizzly refuses such a head itself, before any stub code runs
        }
        if (answer.status() >= 400 && !"HEAD".equals(request.method())) {
            if (answer.headers().containsKey("x-amz-pay-request-id")) {
                JsonNode error = json(answer);
                assertTrue(error.path("reasonCode").isTextual() && error.path("message").isTextual(), () -> "not a Pay error: " + answer);
            } else if (answer.headers().containsKey("x-mws-request-id")) {
                assertMwsError(answer);
            } else if (answer.headers().containsKey("x-stub-request-id")) {
                JsonNode error = json(answer);
                assertTrue(error.path("code").isTextual() && error.path("message").isTextual(), () -> "not an admin error: " + answer);
            } else {
                fail("no dialect's request id: " + answer);
            }
        }
        checkState(answer);
    }

    private static boolean beyondTheParser(GeneratedRequest request, RawExchange.Answer answer) {
        return request.headBytes() > ServerLimits.defaults().parserHeadBytes() && answer.status() == 400 && answer.body().isEmpty();
    }

    private static void assertMwsError(RawExchange.Answer answer) {
        try {
            mwsSchema.newValidator().validate(new StreamSource(new StringReader(answer.body())));
        } catch (Exception e) {
            fail("not valid against the XSD (" + e.getMessage() + "): " + answer);
        }
        assertTrue(answer.body().contains("<ErrorResponse"), () -> "not an MWS error: " + answer);
    }

    // ---- MWS

    @Property
    void mwsManageReportSchedule(@ForAll("manageReportSchedule") GeneratedRequest request) {
        checkMws(request);
    }

    @Property
    void mwsGetReportScheduleList(@ForAll("getReportScheduleList") GeneratedRequest request) {
        checkMws(request);
    }

    @Property
    void mwsGetReportScheduleCount(@ForAll("getReportScheduleCount") GeneratedRequest request) {
        checkMws(request);
    }

    @Property
    void mwsGetReportList(@ForAll("getReportList") GeneratedRequest request) {
        checkMws(request);
    }

    @Property
    void mwsGetReportListByNextToken(@ForAll("getReportListByNextToken") GeneratedRequest request) {
        checkMws(request);
    }

    @Property
    void mwsGetReportCount(@ForAll("getReportCount") GeneratedRequest request) {
        checkMws(request);
    }

    @Property
    void mwsGetReport(@ForAll("getReport") GeneratedRequest request) {
        checkMws(request);
    }

    @Provide
    Arbitrary<GeneratedRequest> manageReportSchedule() {
        return mws("ManageReportSchedule", Map.of("ReportType", "_GET_ORDERS_DATA_", "Schedule", "_NEVER_"), List.of("ScheduleDate"));
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportScheduleList() {
        return mws("GetReportScheduleList", Map.of(), List.of("ReportTypeList.Type.1", "ReportTypeList.Type.2"));
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportScheduleCount() {
        return mws("GetReportScheduleCount", Map.of(), List.of("ReportTypeList.Type.1"));
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportList() {
        return mws("GetReportList", Map.of("MaxCount", "10"), List.of("ReportTypeList.Type.1", "Acknowledged", "AvailableFromDate",
                "AvailableToDate", "ReportRequestIdList.Id.1"));
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportListByNextToken() {
        return mws("GetReportListByNextToken", Map.of("NextToken", "abc"), List.of());
    }

    @Provide
    Arbitrary<GeneratedRequest> getReportCount() {
        return mws("GetReportCount", Map.of(), List.of("ReportTypeList.Type.1", "Acknowledged", "AvailableFromDate"));
    }

    @Provide
    Arbitrary<GeneratedRequest> getReport() {
        return mws("GetReport", Map.of("ReportId", "1"), List.of());
    }

    /**
     * The action's parameters changed, then signed as a client would (so that the change, not the signature, is
     * what is judged), except when the signature itself is the changed part. Sent as a form body or in the query.
     */
    private static Arbitrary<GeneratedRequest> mws(String action, Map<String, String> actionParameters, List<String> optional) {
        Map<String, String> valid = new LinkedHashMap<>(Map.of("Action", action, "SellerId", SELLER, "AWSAccessKeyId", StubCalls.MWS_KEY,
                "SignatureMethod", "HmacSHA256", "SignatureVersion", "2", "Version", "2009-01-01"));
        valid.putAll(actionParameters);
        Arbitrary<String> badSignature = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(2, BadInputs.text()));
        return Combinators.combine(BadInputs.parameters(valid, optional), badSignature, Arbitraries.of("/Reports/2009-01-01", "/"),
                Arbitraries.of(true, true, false), BadInputs.contentType("application/x-www-form-urlencoded"),
                Arbitraries.of("POST", "POST", "POST", "GET", "PUT", "TRACE", "CONNECT", "FOO")).as((parameters, signature, path, inBody, type, method) -> {
                    Map<String, String> signed = new LinkedHashMap<>();
                    parameters.forEach(e -> signed.put(e.getKey(), e.getValue()));
                    signed.put("Timestamp", settings.clock().instant().toString());
                    String host = stub.uri().getHost() + ":" + stub.uri().getPort();
                    signed.put(SignatureV2.SIGNATURE, signature.isEmpty()
                            ? SignatureV2.sign(SignatureV2.stringToSign("POST", host, path, signed), "reliability-secret", SignatureMethod.HmacSHA256)
                            : signature);
                    List<Map.Entry<String, String>> all = new java.util.ArrayList<>(parameters);
                    all.add(Map.entry("Timestamp", signed.get("Timestamp")));
                    all.add(Map.entry(SignatureV2.SIGNATURE, signed.get(SignatureV2.SIGNATURE)));
                    String form = queryString(all);
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (!type.isEmpty()) {
                        headers.put("content-type", type);
                    }
                    return inBody ? new GeneratedRequest(method, path, headers, form.isEmpty() ? "" : form.substring(1))
                            : new GeneratedRequest(method, path + form, headers, null);
                });
    }

    private static void checkMws(GeneratedRequest request) {
        check(request);
    }

    // ---- admin

    @Property
    void adminClock(@ForAll("clock") GeneratedRequest request) {
        checkAdmin(request);
    }

    @Property
    void adminFreeze(@ForAll("freeze") GeneratedRequest request) {
        checkAdmin(request);
    }

    @Property
    void adminAdvance(@ForAll("advance") GeneratedRequest request) {
        checkAdmin(request);
    }

    @Property
    void adminResume(@ForAll("resume") GeneratedRequest request) {
        checkAdmin(request);
    }

    @Property
    void adminReportOutcomes(@ForAll("reportOutcomes") GeneratedRequest request) {
        checkAdmin(request);
    }

    @Property
    void adminReset(@ForAll("reset") GeneratedRequest request) {
        checkAdmin(request);
    }

    @Property
    void adminPayPublicKeys(@ForAll("payPublicKeys") GeneratedRequest request) {
        checkAdmin(request);
    }

    @Provide
    Arbitrary<GeneratedRequest> clock() {
        return admin("PUT", "/__admin/clock", Map.of("now", "\"2026-11-23T08:00:00Z\""));
    }

    @Provide
    Arbitrary<GeneratedRequest> freeze() {
        return admin("POST", "/__admin/clock/freeze", Map.of());
    }

    @Provide
    Arbitrary<GeneratedRequest> advance() {
        return admin("POST", "/__admin/clock/advance", Map.of("by", "\"PT1H\""));
    }

    @Provide
    Arbitrary<GeneratedRequest> resume() {
        return admin("POST", "/__admin/clock/resume", Map.of());
    }

    @Provide
    Arbitrary<GeneratedRequest> reportOutcomes() {
        return admin("POST", "/__admin/report-outcomes", Map.of("merchant", "\"" + PAY_KEY + "\"", "reportType", "\"" + ORDERS + "\"",
                "planned", "[\"DONE\"]"));
    }

    @Provide
    Arbitrary<GeneratedRequest> reset() {
        return admin("POST", "/__admin/reset", Map.of());
    }

    @Provide
    Arbitrary<GeneratedRequest> payPublicKeys() {
        return Combinators.combine(Arbitraries.of("GET", "PUT", "DELETE", "POST", "TRACE", "CONNECT"), BadInputs.text(), BadInputs.contentType("application/x-pem-file"),
                BadInputs.text()).as((method, id, type, pem) -> new GeneratedRequest(method, "/__admin/pay-public-keys/" + encode(id),
                        type.isEmpty() ? Map.of() : Map.of("content-type", type), pem));
    }

    private static Arbitrary<GeneratedRequest> admin(String method, String path, Map<String, String> fields) {
        return Combinators.combine(Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just(method)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "FOO"))),
                BadInputs.jsonBody(fields), BadInputs.contentType("application/json"), BadInputs.parameters(Map.of(), List.of("x")))
                .as((m, body, type, query) -> new GeneratedRequest(m, path + queryString(query),
                        type.isEmpty() ? Map.of() : Map.of("content-type", type), body));
    }

    private static void checkAdmin(GeneratedRequest request) {
        check(request);
    }

    // ---- shared checks

    private static void assertNoServerFault(RawExchange.Answer answer) {
        assertTrue(answer.status() >= 200 && answer.status() < 500, () -> "a server fault or a dropped connection: " + answer);
    }

    private static JsonNode json(RawExchange.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            return fail("error body is not JSON: " + answer);
        }
    }

    /** A refused request changed nothing; after an accepted one, the state it left is the new one to compare with. */
    private static void checkState(RawExchange.Answer answer) {
        if (answer.status() < 400) {
            settings.clock().freeze(); // an accepted resume or reset set the clock going; the snapshot needs it still
        }
        String after = snapshot();
        if (answer.status() >= 400) {
            assertEquals(state, after, () -> "a refused request changed the state: " + answer);
        }
        state = after;
    }

    /** Every merchant's observable state: the fuzzed Pay merchant (live and sandbox), the MWS seller, and the stub's clock. */
    private static String snapshot() {
        return String.join("\n",
                calls.pay("GET", "/live/v2/report-schedules", PAY_KEY, null).body(),
                calls.pay("GET", "/sandbox/v2/report-schedules", PAY_KEY, null).body(),
                calls.pay("GET", "/live/v2/reports?pageSize=100", PAY_KEY, null).body(),
                calls.pay("GET", "/sandbox/v2/reports?pageSize=100", PAY_KEY, null).body(),
                withoutRequestIds(calls.mws(SELLER, "GetReportScheduleList", Map.of()).body()),
                withoutRequestIds(calls.mws(SELLER, "GetReportList", Map.of("MaxCount", "100")).body()),
                settings.clock().instant().toString());
    }

    private static String withoutRequestIds(String xml) {
        return xml.replaceAll("<RequestId>[^<]*</RequestId>", "");
    }

    private static String queryString(List<Map.Entry<String, String>> parameters) {
        return parameters.isEmpty() ? "" : parameters.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
