package org.reportschedules.conformance.pay;

import java.util.Map;

import io.restassured.response.Response;

/**
 * A create a scenario sent with an idempotency key, and the target's answer, so that a later step can send the
 * same request (or another one) with the same key and compare the answers.
 *
 * @param key    the x-amz-pay-idempotency-key sent
 * @param body   the JSON body sent, in the order sent
 * @param answer what the target answered
 */
public record PayIdempotentCreate(String key, Map<String, Object> body, Response answer) {
}
