package org.reportschedules.junit;

import java.net.URI;
import java.security.KeyPair;

import com.amazon.pay.api.AmazonPayResponse;
import org.json.JSONArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reportschedules.partner.PartnerSdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A partner's tests that start from a seed file: the first cancels the seeded schedule, the second still finds it. */
@ReportSchedulesStubTest(seed = "seeds/partner.yaml")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeededPartnerTest {

    private static final String KEY_ID = "SANDBOX-PARTNERKEY0002";
    private static KeyPair keys;

    @BeforeAll
    static void keys() throws Exception {
        keys = PartnerSdk.newKeyPair();
    }

    @Test
    @Order(1)
    void cancelsTheSeededSchedule(URI baseUri) throws Exception {
        PartnerSdk sdk = PartnerSdk.clientOf(baseUri, KEY_ID, keys);

        assertEquals(1, schedules(sdk).length());
        assertEquals(200, sdk.cancelReportSchedule("60000000001").getStatus());
        assertEquals(0, schedules(sdk).length());
    }

    @Test
    @Order(2)
    void findsItAgainAfterTheReset(URI baseUri) throws Exception {
        JSONArray schedules = schedules(PartnerSdk.clientOf(baseUri, KEY_ID, keys));

        assertEquals(1, schedules.length(), schedules.toString());
        assertEquals("60000000001", schedules.getJSONObject(0).getString("reportScheduleId"));
    }

    private static JSONArray schedules(PartnerSdk sdk) throws Exception {
        AmazonPayResponse listed = sdk.getReportSchedules();
        return listed.getResponse().getJSONArray("reportSchedules");
    }
}
