package org.reportschedules.server;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the access log's lines go: one INFO line per request on the logger named {@code access}. */
interface AccessLines {

    Logger LOG = LoggerFactory.getLogger("access");

    /** Through SLF4J, to whichever logging the JVM has: the stub embedded in a partner's tests, or a changed output. */
    AccessLines THROUGH_SLF4J = (method, path, status, micros, requestId) ->
            LOG.info("{} {} {} {}us {}", method, path, status, micros, requestId);

    void write(String method, String path, int status, long micros, String requestId);

    /**
     * The runnable jar's standard error when it is where slf4j-simple would write the lines, in the bundled format;
     * else SLF4J.
     */
    static AccessLines ofThisJvm() {
        Optional<BatchedStandardError> standardError = BatchedStandardError.installed();
        return standardError.isPresent() && QueuedAccessLines.slf4jSimpleAsBundled(System.getProperties())
                ? new QueuedAccessLines(standardError.get(), LOG, LogTimestamps.inDefaultZone())
                : THROUGH_SLF4J;
    }
}
