package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SigningKeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MWS switches, end to end over HTTP (the conformance suite covers the defaults). */
class MwsSettingsTest {

    private static final String COMMON = "SellerId=A3EXAMPLE4D&AWSAccessKeyId=UNKNOWNKEY&SignatureMethod=HmacSHA256"
            + "&SignatureVersion=2&Version=2009-01-01&Signature=unchecked";

    private final StubSettings settings = StubSettings.onPort(0);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void strictSignaturesRefuseKeysTheStubWasNotGiven() throws Exception {
        try (StubServer stub = start(new MwsSettings(SignatureMode.STRICT, SigningKeys.parse(List.of("KNOWN=secret")), MwsSettings.Throttling.ON, MwsSettings.ReportTypeRule.STRICT))) {
            HttpResponse<String> refused = post(stub, "Action=GetReportScheduleCount&" + COMMON);
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("<Code>InvalidAccessKeyId</Code>"), refused.body());
        }
    }

    @Test
    void withThrottlingOffNoRequestIsThrottledButQuotasAreStillReported() throws Exception {
        try (StubServer stub = start(new MwsSettings(SignatureMode.VERIFY_KNOWN, SigningKeys.none(), MwsSettings.Throttling.OFF, MwsSettings.ReportTypeRule.STRICT))) {
            HttpResponse<String> last = null;
            for (int i = 0; i < 15; i++) {
                last = post(stub, "Action=GetReportScheduleCount&" + COMMON);
                assertEquals(200, last.statusCode(), last.body());
            }
            assertEquals("65.0", last.headers().firstValue("x-mws-quota-remaining").orElseThrow());
        }
    }

    @Test
    void lenientReportTypesAcceptAnyType() throws Exception {
        try (StubServer stub = start(new MwsSettings(SignatureMode.VERIFY_KNOWN, SigningKeys.none(), MwsSettings.Throttling.ON, MwsSettings.ReportTypeRule.LENIENT))) {
            HttpResponse<String> created = post(stub,
                    "Action=ManageReportSchedule&ReportType=_GET_MERCHANT_LISTINGS_DATA_&Schedule=_1_DAY_&" + COMMON);
            assertEquals(200, created.statusCode(), created.body());
            assertTrue(created.body().contains("<ReportType>_GET_MERCHANT_LISTINGS_DATA_</ReportType>"), created.body());
        }
    }

    private StubServer start(MwsSettings mws) {
        return StubServer.start(settings.withMws(mws));
    }

    private HttpResponse<String> post(StubServer stub, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.uri() + "/Reports/2009-01-01"))
                .header("content-type", "application/x-www-form-urlencoded")
                // Dated by the stub's clock, as a client in its time would date it (stale requests are refused).
                .POST(HttpRequest.BodyPublishers.ofString(form + "&Timestamp=" + settings.clock().instant()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
