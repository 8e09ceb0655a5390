package org.reportschedules.server;

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

    private static final String COMMON = MwsPosts.COMMON;

    private final StubSettings settings = StubSettings.onPort(0);

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
        return MwsPosts.post(stub, settings, "", form);
    }
}
