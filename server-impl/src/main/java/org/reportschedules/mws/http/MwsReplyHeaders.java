package org.reportschedules.mws.http;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.reportschedules.mws.MwsParameters;
import org.reportschedules.mws.MwsRequestRejected;
import org.reportschedules.mws.RequestQuotas;
import org.reportschedules.wire.RequestIds;

/**
 * The headers the live service put on every MWS reply, errors included, and which the official Java client
 * reads: x-mws-timestamp, x-mws-response-context and the x-mws-quota-* trio (the request id is added as for
 * every dialect). The quota is the one the request was counted against, or the seller's as it stands.
 */
final class MwsReplyHeaders {

    private static final String QUOTA = "mws.quota";

    private final Clock clock;
    private final RequestQuotas quotas;

    MwsReplyHeaders(Clock clock, RequestQuotas quotas) {
        this.clock = clock;
        this.quotas = quotas;
    }

    /** Remembers the quota an admitted request was counted against, for its reply headers. */
    static void recordQuota(ContainerRequestContext request, RequestQuotas.Quota quota) {
        request.setProperty(QUOTA, quota);
    }

    void addTo(ContainerRequestContext request, ContainerResponseContext response) {
        RequestQuotas.Quota quota = quotaOf(request);
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("x-mws-timestamp", timestamp(clock.instant()));
        headers.putSingle("x-mws-response-context", RequestIds.randomUuid().toString());
        headers.putSingle("x-mws-quota-max", decimal(quota.hourlyMax()));
        headers.putSingle("x-mws-quota-remaining", decimal(quota.hourlyRemaining()));
        headers.putSingle("x-mws-quota-resetsOn", timestamp(quota.resetsOn()));
    }

    private RequestQuotas.Quota quotaOf(ContainerRequestContext request) {
        if (request.getProperty(QUOTA) instanceof RequestQuotas.Quota counted) {
            return counted;
        }
        MwsParameters parameters = MwsForm.of(request);
        String action = parameters.get("Action").orElse("");
        try {
            return parameters.merchant().map(seller -> quotas.peek(seller, action)).orElseGet(() -> quotas.untouched(action));
        } catch (MwsRequestRejected sellersInConflict) {
            return quotas.untouched(action); // refused before any seller's quota was counted
        }
    }

    /** As the live service wrote times: milliseconds, UTC (2020-06-12T11:28:33.419Z). */
    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The live service wrote quotas as decimals: 80.0. */
    private static String decimal(int value) {
        return value + ".0"; // String.format took a twentieth of an MWS request's time
    }
}
