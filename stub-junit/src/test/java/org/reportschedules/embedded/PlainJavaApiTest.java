package org.reportschedules.embedded;

import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.amazon.pay.api.AmazonPayResponse;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.reportschedules.adminclient.ClockReading;
import org.reportschedules.adminclient.RecordedRequest;
import org.reportschedules.adminclient.RequestFilter;
import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.adminclient.StubAdminException;
import org.reportschedules.partner.PartnerSdk;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.server.StubSettings;
import org.reportschedules.tls.HttpsSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ReportSchedulesStub and its admin client without JUnit's extension, as another framework would use them. */
class PlainJavaApiTest {

    private static final String ORDER_REFERENCE = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void startsOnAFreePortAndMovesItsClock() {
        try (ReportSchedulesStub stub = ReportSchedulesStub.start()) {
            StubAdmin admin = stub.admin();

            ClockReading set = admin.setClock(START);
            ClockReading advanced = admin.advanceClock(Duration.ofHours(2));
            ClockReading resumed = admin.resumeClock();
            ClockReading frozen = admin.freezeClock();

            assertTrue(stub.baseUri().getPort() > 0, stub.toString());
            assertEquals(new ClockReading(START, true), set);
            assertEquals(new ClockReading(START.plus(Duration.ofHours(2)), true), advanced);
            assertFalse(resumed.frozen());
            assertTrue(frozen.frozen());
            assertEquals(frozen, admin.clock());
        }
    }

    /** The README's plain example, as written there, with a client call where it says "your client". */
    @Test
    void theReadmesPlainExample() throws Exception {
        long creates;
        try (ReportSchedulesStub stub = ReportSchedulesStub.start(settings -> settings.withJournalSize(100))) {
            URI base = stub.baseUri();
            stub.admin().setClock(Instant.parse("2026-01-01T00:00:00Z"));
            PartnerSdk.clientOf(base, "LIVE-READMEMERCHANT", PartnerSdk.newKeyPair()).createReportSchedule(schedule(), null);
            stub.admin().advanceClock(Duration.ofDays(1));
            creates = stub.admin().countRequests(RequestFilter.all().operation("createReportSchedule"));
            stub.admin().reset();
        }
        assertEquals(1, creates);
    }

    @Test
    void theJournalCountsListsAndForgetsWhatAClientSent() throws Exception {
        try (ReportSchedulesStub stub = ReportSchedulesStub.start()) {
            KeyPair keys = PartnerSdk.newKeyPair();
            AmazonPayResponse created = PartnerSdk.clientOf(stub.baseUri(), "LIVE-FIRSTMERCHANT", keys).createReportSchedule(schedule(), null);
            PartnerSdk.clientOf(stub.baseUri(), "LIVE-SECONDMERCHANT", keys).getReportSchedules();
            StubAdmin admin = stub.admin();

            List<RecordedRequest> creates = admin.requests(RequestFilter.all().operation("createReportSchedule"));
            long firstMerchantsBeforeClearing = admin.countRequests(RequestFilter.all().publicKeyId("LIVE-FIRSTMERCHANT"));
            admin.clearRequests(RequestFilter.all().publicKeyId("LIVE-FIRSTMERCHANT"));
            long leftAfterClearingOne = admin.countRequests(RequestFilter.all());
            admin.clearRequests();

            assertEquals(201, created.getStatus(), created.toString());
            assertEquals(1, creates.size(), creates.toString());
            RecordedRequest create = creates.get(0);
            assertEquals("POST", create.method());
            assertEquals(201, create.status());
            assertEquals("pay", create.dialect());
            assertEquals("pay-live:LIVE-FIRSTMERCHANT", create.merchant().orElseThrow());
            assertTrue(create.requestBody().contains(ORDER_REFERENCE), create.requestBody());
            assertTrue(create.responseBody().contains(created.getResponse().getString("reportScheduleId")), create.responseBody());
            assertEquals(1, firstMerchantsBeforeClearing);
            assertEquals(1, leftAfterClearingOne, "the second merchant's request is kept");
            assertEquals(0, admin.countRequests(RequestFilter.all()));
        }
    }

    @Test
    void resetForgetsSchedulesRegisteredKeysAndTheClock() throws Exception {
        try (ReportSchedulesStub stub = ReportSchedulesStub.start()) {
            KeyPair keys = PartnerSdk.newKeyPair();
            PartnerSdk sdk = PartnerSdk.clientOf(stub.baseUri(), "LIVE-RESETMERCHANT", keys);
            stub.admin().setClock(START);
            stub.admin().registerPayPublicKey("LIVE-RESETMERCHANT", keys.getPublic());
            sdk.createReportSchedule(schedule(), null);

            stub.admin().reset();

            assertEquals(0, sdk.getReportSchedules().getResponse().getJSONArray("reportSchedules").length());
            assertFalse(stub.admin().clock().frozen());
            StubAdminException gone = assertThrows(StubAdminException.class, () -> stub.admin().deletePayPublicKey("LIVE-RESETMERCHANT"));
            assertEquals(404, gone.status());
        }
    }

    @Test
    void aRefusedAdminCallCarriesTheStubsCodeAndMessage() {
        try (ReportSchedulesStub stub = ReportSchedulesStub.start()) {
            StubAdminException refused = assertThrows(StubAdminException.class,
                    () -> stub.admin().setClock(Instant.parse("9999-06-01T00:00:00Z")));

            assertEquals(400, refused.status());
            assertEquals("InvalidField", refused.code());
            assertTrue(refused.getMessage().contains("9999-06-01T00:00:00Z"), refused.getMessage());
        }
    }

    @Test
    void aStubWithoutItsAdminApiIsNamedAsTheLikelyCause() {
        try (ReportSchedulesStub stub = ReportSchedulesStub.start(settings -> settings.withAdmin(StubSettings.AdminApi.OFF))) {
            StubAdminException refused = assertThrows(StubAdminException.class, () -> stub.admin().reset());

            assertEquals(404, refused.status());
            assertTrue(refused.getMessage().contains("is the stub's admin API on?"), refused.getMessage());
        }
    }

    @Test
    void theAdminClientAlsoDrivesAStubItDidNotStart() {
        try (ReportSchedulesStub stub = ReportSchedulesStub.start()) {
            StubAdmin remote = StubAdmin.of(URI.create(stub.baseUri() + "/"));

            assertEquals(START, remote.setClock(START).now());
            assertEquals(START, stub.admin().clock().now());
        }
    }

    @Test
    void servesHttpsWhenAsked() {
        try (ReportSchedulesStub stub = ReportSchedulesStub.start(settings -> settings.withHttps(HttpsSettings.selfSigned(0)))) {
            assertEquals("https", stub.httpsUri().orElseThrow().getScheme());
            assertTrue(stub.certificate().isPresent());
        }
    }

    @Test
    void afterCloseNothingListens() {
        ReportSchedulesStub stub = ReportSchedulesStub.start();
        StubAdmin admin = stub.admin();
        admin.clock();

        stub.close();
        stub.close();

        StubAdminException unreachable = assertThrows(StubAdminException.class, admin::clock);
        assertEquals(0, unreachable.status());
        assertTrue(unreachable.getMessage().contains("reached no stub"), unreachable.getMessage());
    }

    private static JSONObject schedule() {
        return new JSONObject().put("reportType", ORDER_REFERENCE).put("scheduleFrequency", "P1D")
                .put("nextReportCreationTime", PayDateTimes.format(Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    }
}
