package org.reportschedules.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One answered request as the journal keeps it.
 *
 * @param id        counted up from 1 since start; newer entries have larger ids
 * @param requestId the id the answer carried in the dialect's request-id header
 * @param time      when the answer was sent, by the stub's clock, the clock everything else the stub reports reads
 * @param path      path and query as sent, credentials masked
 * @param headers   as sent, names in lower case, credentials masked
 * @param dialect   the name of the dialect that answered
 * @param merchant  realm:account, when the dialect could tell
 * @param operation the contract's operationId (for MWS the Action), when the request reached one
 * @param refusal   for an answer with a status of 400 or more
 */
public record JournalEntry(long id, String requestId, Instant time, String method, String path,
                           Map<String, List<String>> headers, CutBody body, String dialect, Optional<String> merchant,
                           Optional<String> operation, int status, CutBody responseBody, Optional<Refusal> refusal) {
}
