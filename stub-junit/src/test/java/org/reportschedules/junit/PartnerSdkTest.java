package org.reportschedules.junit;

import java.net.URI;
import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.amazon.pay.api.AmazonPayResponse;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reportschedules.adminclient.RequestFilter;
import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.partner.PartnerSdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's test: the official Amazon Pay SDK against the stub the annotation starts. Each test creates the same
 * report type without deleteExistingSchedule, so either would be refused with a conflict if the stub were not
 * reset in between.
 */
@ReportSchedulesStubTest
class PartnerSdkTest {

    private static final String ORDER_REFERENCE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final String KEY_ID = "SANDBOX-PARTNERKEY0001";

    private static KeyPair keys;
    private static URI outerBaseUri;

    @BeforeAll
    static void keys(URI baseUri) throws Exception {
        keys = PartnerSdk.newKeyPair();
        outerBaseUri = baseUri;
    }

    @Test
    void aCreatedScheduleIsListed(URI baseUri) throws Exception {
        PartnerSdk sdk = PartnerSdk.clientOf(baseUri, KEY_ID, keys);

        AmazonPayResponse created = sdk.createReportSchedule(dailyOrderReferenceReports(), null);
        AmazonPayResponse listed = sdk.getReportSchedules();

        assertEquals(201, created.getStatus(), created.toString());
        JSONArray schedules = listed.getResponse().getJSONArray("reportSchedules");
        assertEquals(1, schedules.length(), listed.toString());
        assertEquals(created.getResponse().getString("reportScheduleId"), schedules.getJSONObject(0).getString("reportScheduleId"));
    }

    @Test
    void myClientCalledCreateReportScheduleExactlyOnce(StubRuntimeInfo stub) throws Exception {
        PartnerSdk sdk = PartnerSdk.clientOf(stub.baseUri(), KEY_ID, keys);

        AmazonPayResponse created = sdk.createReportSchedule(dailyOrderReferenceReports(), null);
        sdk.getReportSchedules();

        assertEquals(201, created.getStatus(), "no schedule was left by another test: " + created);
        assertEquals(1, stub.admin().countRequests(RequestFilter.all().publicKeyId(KEY_ID).operation("createReportSchedule")));
        assertEquals(2, stub.admin().countRequests(RequestFilter.all().publicKeyId(KEY_ID)), "the journal starts empty in each test");
    }

    @Nested
    class WhenTheClockMoves {

        @Test
        void sharesTheOuterClassStub(URI baseUri, StubAdmin admin) throws Exception {
            assertEquals(outerBaseUri, baseUri);
            Instant start = Instant.parse("2026-01-01T00:00:00Z");
            admin.setClock(start);
            PartnerSdk sdk = PartnerSdk.clientOf(baseUri, KEY_ID, keys);
            sdk.createReportSchedule(new JSONObject().put("reportType", ORDER_REFERENCE).put("scheduleFrequency", "P1D")
                    .put("nextReportCreationTime", PayDateTimes.format(start.plus(1, ChronoUnit.HOURS))), null);

            admin.advanceClock(java.time.Duration.ofDays(1));

            AmazonPayResponse reports = sdk.getReports();
            assertTrue(reports.getResponse().getJSONArray("reports").length() >= 1, reports.toString());
        }
    }

    private static JSONObject dailyOrderReferenceReports() {
        return new JSONObject().put("reportType", ORDER_REFERENCE).put("scheduleFrequency", "P1D")
                .put("nextReportCreationTime", PayDateTimes.format(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
    }
}
