package org.reportschedules.pay;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportschedules.domain.MerchantId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayMerchantsTest {

    private static final String LIVE_KEY = "LIVE-AHRRW6XQHZC7XYBNCJGBCPXJ";
    private static final String SANDBOX_KEY = "SANDBOX-AHRRW6XQHZC7XYBNCJGBCPXJ";

    /** An authorization header as the official SDKs sign it. */
    private static String signedBy(String publicKeyId) {
        return "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + publicKeyId
                + ", SignedHeaders=accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region"
                + ", Signature=dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ+/Nf3kQ==";
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void withoutAHeaderTheDefaultLiveMerchantIsUsed(String authorization) {
        assertEquals(new MerchantId("pay-live", PayMerchants.DEFAULT_PUBLIC_KEY_ID), PayMerchants.of(authorization, Optional.empty()));
    }

    @Test
    void thePublicKeyIdOfASignedHeaderNamesTheMerchant() {
        assertEquals(new MerchantId("pay-live", LIVE_KEY), PayMerchants.of(signedBy(LIVE_KEY), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {SANDBOX_KEY, "sandbox-AHRRW6XQHZC7XYBNCJGBCPXJ"})
    void aSandboxKeyNamesASandboxMerchant(String publicKeyId) {
        assertEquals(new MerchantId("pay-sandbox", publicKeyId), PayMerchants.of(signedBy(publicKeyId), Optional.empty()));
    }

    @Test
    void thePathEnvironmentOverridesTheKeysPrefix() {
        assertEquals(new MerchantId("pay-live", SANDBOX_KEY), PayMerchants.of(signedBy(SANDBOX_KEY), Optional.of("live")));
        assertEquals(new MerchantId("pay-sandbox", LIVE_KEY), PayMerchants.of(signedBy(LIVE_KEY), Optional.of("sandbox")));
        assertEquals(new MerchantId("pay-sandbox", PayMerchants.DEFAULT_PUBLIC_KEY_ID), PayMerchants.of(null, Optional.of("sandbox")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "AMZN-PAY-RSASSA-PSS-V2 SignedHeaders=accept;content-type, Signature=abc",
            "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=, SignedHeaders=accept, Signature=abc",
            "Bearer eyJhbGciOiJIUzI1NiJ9",
    })
    void aHeaderWithoutAPublicKeyIdIsAnInvalidHeaderValue(String authorization) {
        PayError error = assertThrows(PayRequestRejected.class, () -> PayMerchants.of(authorization, Optional.empty())).error();

        assertEquals(PayReasonCode.InvalidHeaderValue, error.reasonCode());
        assertEquals(400, error.status());
    }
}
