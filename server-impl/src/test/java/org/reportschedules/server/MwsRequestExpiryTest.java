package org.reportschedules.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMethod;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SignatureV2;
import org.reportschedules.mws.SigningKeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MWS requests are dated by the stub's clock, over HTTP: refused with 400 RequestExpired when more than 15
 * minutes off it in verify-known and strict mode (correctly signed or not), accepted in off mode; what counts
 * as expired follows the clock when the admin API moves it; a refused request changes nothing and uses no quota.
 */
class MwsRequestExpiryTest {

    private static final String KEY = "KNOWNKEY";
    private static final String SECRET = "known-secret";
    private static final Duration TWENTY_MINUTES = Duration.ofMinutes(20);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void verifyKnownAndStrictRefuseASignedRequestDatedTwentyMinutesAgoAndChangeNothing() throws Exception {
        for (SignatureMode mode : List.of(SignatureMode.VERIFY_KNOWN, SignatureMode.STRICT)) {
            StubSettings settings = settingsIn(mode);
            try (StubServer stub = StubServer.start(settings)) {
                Instant stale = settings.clock().instant().minus(TWENTY_MINUTES);
                HttpResponse<String> refused = post(stub, "ManageReportSchedule", "Timestamp", stale,
                        Map.of("ReportType", "_GET_ORDERS_DATA_", "Schedule", "_1_DAY_"));
                assertRequestExpired(refused, mode);
                assertEquals("80.0", refused.headers().firstValue("x-mws-quota-remaining").orElseThrow(), "no quota used");

                HttpResponse<String> count = post(stub, "GetReportScheduleCount", "Timestamp", settings.clock().instant(), Map.of());
                assertEquals(200, count.statusCode(), count.body());
                assertTrue(count.body().contains("<Count>0</Count>"), "nothing scheduled: " + count.body());
            }
        }
    }

    @Test
    void strictRefusesARequestDatedTwentyMinutesAheadAndOneWhoseExpiresHasPassed() throws Exception {
        StubSettings settings = settingsIn(SignatureMode.STRICT);
        try (StubServer stub = StubServer.start(settings)) {
            Instant now = settings.clock().instant();
            assertRequestExpired(post(stub, "GetReportScheduleCount", "Timestamp", now.plus(TWENTY_MINUTES), Map.of()), SignatureMode.STRICT);
            assertRequestExpired(post(stub, "GetReportScheduleCount", "Expires", now.minus(TWENTY_MINUTES), Map.of()), SignatureMode.STRICT);
            HttpResponse<String> valid = post(stub, "GetReportScheduleCount", "Expires", now.plus(TWENTY_MINUTES), Map.of());
            assertEquals(200, valid.statusCode(), "Expires instead of Timestamp: " + valid.body());
        }
    }

    @Test
    void offAcceptsARequestDatedYearsAgo() throws Exception {
        StubSettings settings = settingsIn(SignatureMode.OFF);
        try (StubServer stub = StubServer.start(settings)) {
            HttpResponse<String> accepted = post(stub, "GetReportScheduleCount", "Timestamp", Instant.parse("2009-01-14T20:50:30.218Z"), Map.of());
            assertEquals(200, accepted.statusCode(), accepted.body());
        }
    }

    @Test
    void afterTheAdminClockMovesRequestsAreDatedByItsNewTime() throws Exception {
        StubSettings settings = settingsIn(SignatureMode.VERIFY_KNOWN);
        try (StubServer stub = StubServer.start(settings)) {
            Instant before = settings.clock().instant();
            HttpResponse<String> advanced = http.send(HttpRequest.newBuilder(URI.create(stub.uri() + "/__admin/clock/advance"))
                    .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"by\":\"P1D\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, advanced.statusCode(), advanced.body());

            assertRequestExpired(post(stub, "GetReportScheduleCount", "Timestamp", before, Map.of()), SignatureMode.VERIFY_KNOWN);
            HttpResponse<String> current = post(stub, "GetReportScheduleCount", "Timestamp", before.plus(Duration.ofDays(1)), Map.of());
            assertEquals(200, current.statusCode(), current.body());
        }
    }

    private static StubSettings settingsIn(SignatureMode mode) {
        return StubSettings.onPort(0).withMws(new MwsSettings(mode, SigningKeys.parse(List.of(KEY + "=" + SECRET)),
                MwsSettings.Throttling.ON, MwsSettings.ReportTypeRule.STRICT));
    }

    private static void assertRequestExpired(HttpResponse<String> response, SignatureMode mode) {
        assertEquals(400, response.statusCode(), mode + ": " + response.body());
        assertTrue(response.body().contains("<Type>Sender</Type><Code>RequestExpired</Code>"), mode + ": " + response.body());
        assertTrue(response.headers().firstValue("x-mws-request-id").isPresent());
    }

    /** A request signed correctly with the known key, dated by {@code dateParameter} (Timestamp or Expires). */
    private HttpResponse<String> post(StubServer stub, String action, String dateParameter, Instant date,
                                      Map<String, String> actionParameters) throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>(Map.of("Action", action, "SellerId", "A3EXAMPLE4D",
                "AWSAccessKeyId", KEY, "SignatureMethod", "HmacSHA256", "SignatureVersion", "2", "Version", "2009-01-01"));
        parameters.put(dateParameter, date.toString());
        parameters.putAll(actionParameters);
        String host = stub.uri().getHost() + ":" + stub.uri().getPort();
        parameters.put("Signature", SignatureV2.sign(SignatureV2.stringToSign("POST", host, "/Reports/2009-01-01", parameters),
                SECRET, SignatureMethod.HmacSHA256));
        String form = parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(stub.uri() + "/Reports/2009-01-01"))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
