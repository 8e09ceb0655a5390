package org.reportschedules.conformance.pay;

import java.time.Instant;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.reportschedules.conformance.Contract;
import org.reportschedules.conformance.Exchanges;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.TargetClock;

/**
 * Sends requests the way the official Amazon Pay SDKs do (their headers, and a real RSASSA-PSS-V2 signature
 * when the merchant's private key is known), to the target, and checks every exchange against the contract.
 */
public final class PayClient {

    private PayClient() {
    }

    /** A request whose exchange is fully checked against the contract. */
    public static RequestSpecification as(PayMerchant merchant) {
        return base(merchant, Contract.PAY, TargetClock.now());
    }

    /** As {@link #as(PayMerchant)}, dated (x-amz-pay-date, signed) at the instant given rather than the target's now. */
    public static RequestSpecification datedAs(PayMerchant merchant, Instant date) {
        return base(merchant, Contract.PAY_RESPONSE_ONLY, date);
    }

    /** A request that is invalid on purpose: only the answer is checked against the contract. */
    public static RequestSpecification invalidAs(PayMerchant merchant) {
        return base(merchant, Contract.PAY_RESPONSE_ONLY, TargetClock.now());
    }

    /** A POST with a new idempotency key, as the official SDKs send every POST. */
    public static Response post(RequestSpecification request, String path) {
        return post(request, path, newIdempotencyKey());
    }

    public static Response post(RequestSpecification request, String path, String idempotencyKey) {
        return request.header("x-amz-pay-idempotency-key", idempotencyKey).post(path);
    }

    /** As the official Java SDK makes one: a random UUID without dashes (32 characters). */
    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static RequestSpecification base(PayMerchant merchant, Filter contract, Instant date) {
        String host = Target.profile().payBaseUri().getHost();
        RequestSpecification request = RestAssured.given()
                .baseUri(Target.profile().payBaseUri().toString())
                .urlEncodingEnabled(true)
                .filter(contract)
                // As the official SDKs send them: both always, and both signed.
                .accept("application/json")
                .contentType("application/json")
                .header("x-amz-pay-date", PayDateTimes.format(date))
                .header("x-amz-pay-host", host)
                .header("x-amz-pay-region", "NA")
                .header("authorization", "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + merchant.publicKeyId()
                        + ", SignedHeaders=accept;content-type;x-amz-pay-date;x-amz-pay-host;x-amz-pay-region, Signature=c3R1Yg==");
        // A merchant the target knows signs for real; made-up merchants (any-merchant) keep the placeholder.
        merchant.privateKey().ifPresent(key -> request.filter(
                new PaySigningFilter(new PaySigner(merchant.publicKeyId(), key, PaySigner.Algorithm.V2))));
        return request.filter(Exchanges.RECORDER);
    }
}
