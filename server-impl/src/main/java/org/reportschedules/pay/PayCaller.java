package org.reportschedules.pay;

import java.util.Optional;

import org.reportschedules.domain.MerchantId;

/**
 * Who sent a Pay request, as the request names them: its authorization header and the environment its path
 * named. The merchant is worked out only when an operation needs it, after the request's own values have
 * been checked, so a request with several faults is refused for the same one whatever the header says.
 *
 * @param authorization   the authorization header, or null when absent
 * @param pathEnvironment "live" or "sandbox" when the path named one (/live/v2/..., /sandbox/v2/...)
 */
public record PayCaller(String authorization, Optional<String> pathEnvironment) {

    /** A caller without an authorization header on a /v2 path: the default live merchant. */
    public static PayCaller anonymous() {
        return new PayCaller(null, Optional.empty());
    }

    /** The merchant whose schedules the request reads and changes; refuses a malformed authorization header. */
    public MerchantId merchant() {
        return PayMerchants.of(authorization, pathEnvironment);
    }
}
