package org.reportschedules.junit;

import java.net.URI;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.amazon.pay.api.AmazonPayResponse;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportschedules.adminclient.RequestFilter;
import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.partner.PartnerSdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The programmatic form: settings made in code, here a strict stub that knows the partner's key from the start. */
class ProgrammaticExtensionTest {

    private static final String KEY_ID = "LIVE-PARTNERKEY0001";
    private static final KeyPair KEYS = newKeyPair();

    @RegisterExtension
    static ReportSchedulesStubExtension stub = ReportSchedulesStubExtension.withSettings(settings -> settings.withPay(
            settings.pay().withSigning(PaySignatureMode.STRICT, PayPublicKeys.of(Map.of(KEY_ID, KEYS.getPublic())))));

    @Test
    void theKeyGivenAtStartSignsTheSdksRequests(URI baseUri) throws Exception {
        AmazonPayResponse created = PartnerSdk.clientOf(baseUri, KEY_ID, KEYS).createReportSchedule(schedule(), null);

        assertEquals(201, created.getStatus(), created.toString());
    }

    @Test
    void anUnknownKeyIsRefusedUntilTheTestRegistersIt(URI baseUri, StubAdmin admin) throws Exception {
        KeyPair otherKeys = PartnerSdk.newKeyPair();
        PartnerSdk other = PartnerSdk.clientOf(baseUri, "LIVE-OTHERKEY0001", otherKeys);

        AmazonPayResponse refused = other.createReportSchedule(schedule(), null);
        admin.registerPayPublicKey("LIVE-OTHERKEY0001", otherKeys.getPublic());
        AmazonPayResponse created = other.createReportSchedule(schedule(), null);

        assertEquals(403, refused.getStatus(), refused.toString());
        assertEquals("InvalidAuthentication", refused.getResponse().getString("reasonCode"));
        assertEquals(201, created.getStatus(), created.toString());
        assertEquals(1, admin.countRequests(RequestFilter.all().publicKeyId("LIVE-OTHERKEY0001").status(403)));
    }

    private static JSONObject schedule() {
        return new JSONObject().put("reportType", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_").put("scheduleFrequency", "P1D")
                .put("nextReportCreationTime", PayDateTimes.format(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
    }

    private static KeyPair newKeyPair() {
        try {
            return PartnerSdk.newKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
