package org.reportschedules.partner;

import java.net.URI;
import java.security.KeyPair;

import com.amazon.pay.api.AmazonPayResponse;
import org.json.JSONObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportschedules.adminclient.RequestFilter;
import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.junit.ReportSchedulesStubTest;
import org.reportschedules.pay.PaySignatureMode;

import static org.junit.jupiter.api.Assertions.assertEquals;

// The README's example ("In your JUnit tests"), kept here so that it runs in every build.
@ReportSchedulesStubTest(paySignatureMode = PaySignatureMode.STRICT, scheduleConflictStatus = 409)
class ReadmeExampleTest {

    static final String KEY_ID = "SANDBOX-AEXAMPLEKEY";
    static KeyPair keys;
    PartnerSdk amazonPay;

    @BeforeEach
    void registerMyKey(URI stub, StubAdmin admin) throws Exception {
        keys = keys == null ? PartnerSdk.newKeyPair() : keys;
        admin.registerPayPublicKey(KEY_ID, keys.getPublic()); // strict: only known keys get in; reset forgets it
        amazonPay = PartnerSdk.clientOf(stub, KEY_ID, keys);
    }

    @Test
    void createsTheScheduleOnce(StubAdmin admin) throws Exception {
        JSONObject daily = new JSONObject().put("reportType", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_")
                .put("scheduleFrequency", "P1D").put("nextReportCreationTime", "20300101T000000Z");

        assertEquals(201, amazonPay.createReportSchedule(daily, null).getStatus());
        AmazonPayResponse again = amazonPay.createReportSchedule(daily, null);

        assertEquals(409, again.getStatus());
        assertEquals(1, amazonPay.getReportSchedules().getResponse().getJSONArray("reportSchedules").length());
        assertEquals(2, admin.countRequests(RequestFilter.all().publicKeyId(KEY_ID).operation("createReportSchedule")));
        assertEquals(1, admin.countRequests(RequestFilter.all().operation("createReportSchedule").status(201)));
    }

    @Test
    void startsFromAnEmptyStub() throws Exception {
        assertEquals(0, amazonPay.getReportSchedules().getResponse().getJSONArray("reportSchedules").length());
    }
}
