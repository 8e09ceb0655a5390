package org.reportschedules.pay.http;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PayPathsTest {

    @Test
    void theEnvironmentPrefixIsRememberedAndStripped() {
        assertEquals(Optional.of(new PayPaths.PayPath(Optional.of("sandbox"), "/v2/report-schedules")),
                PayPaths.split("/sandbox/v2/report-schedules"));
        assertEquals(Optional.of(new PayPaths.PayPath(Optional.of("live"), "/v2/report-schedules/1")),
                PayPaths.split("/live/v2/report-schedules/1/"));
    }

    @Test
    void aPlainV2PathNamesNoEnvironmentAndLosesOnlyItsTrailingSlash() {
        assertEquals(Optional.of(new PayPaths.PayPath(Optional.empty(), "/v2/report-schedules")), PayPaths.split("/v2/report-schedules/"));
        assertEquals(Optional.of(new PayPaths.PayPath(Optional.empty(), "/v2")), PayPaths.split("/v2"));
    }

    @Test
    void otherPathsAreNotPayPaths() {
        assertEquals(Optional.empty(), PayPaths.split("/v3/report-schedules"));
        assertEquals(Optional.empty(), PayPaths.split("/staging/v2/report-schedules"));
        assertEquals(Optional.empty(), PayPaths.split("/v2x"));
    }
}
