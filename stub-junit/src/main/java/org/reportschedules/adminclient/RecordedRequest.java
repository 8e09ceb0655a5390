package org.reportschedules.adminclient;

import java.time.Instant;
import java.util.Optional;

/**
 * One journal entry, with what a test usually asserts on; the admin API's answer has more (headers, whether a
 * body was cut), read it with GET /__admin/requests when needed.
 *
 * @param time        when the answer was sent, by the stub's clock
 * @param path        the path and query as the client sent them
 * @param dialect     pay, mws, documents, admin or docs
 * @param merchant    realm:account (pay-live:KEY, mws:SELLER) when the dialect names one
 * @param operation   the operationId reached (for MWS the Action), when one was
 * @param requestBody the request body as recorded (its first 4096 bytes)
 * @param refusalCode the dialect's error code of a refused request
 */
public record RecordedRequest(long id, Instant time, String method, String path, String dialect, Optional<String> merchant,
                              Optional<String> operation, String requestBody, int status, String responseBody,
                              Optional<String> refusalCode) {
}
