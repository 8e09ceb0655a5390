package org.reportschedules.conformance.pay;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads a merchant's schedules back from the target, to check what a step did or did not change. */
final class PayScheduleLists {

    private PayScheduleLists() {
    }

    static List<Map<String, Object>> schedulesOf(PayMerchant merchant) {
        Response list = PayClient.as(merchant).get(PayScheduleSteps.SCHEDULES);
        assertEquals(200, list.statusCode(), () -> "Listing the merchant's schedules failed: " + list.asString());
        return PayScheduleSteps.listed(list);
    }
}
