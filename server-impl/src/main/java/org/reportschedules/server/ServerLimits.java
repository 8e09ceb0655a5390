package org.reportschedules.server;

import java.time.Duration;

/**
 * What one client may hold of the stub: how big a request may be, how long a connection may sit idle or stall in the
 * middle of a request (a body must be complete within the idle timeout after its head), and how many connections may be open at once. Beyond a limit a client gets the dialect's
 * error where the stub can still answer, else its connection is closed; other clients go on being served.
 *
 * @param maxBodyBytes     longest request body read; a longer one gets 413 in the dialect's format
 * @param maxHeadBytes     longest request line and headers the stub answers; a longer head (up to
 *                         {@link #parserHeadBytes()}) gets 400 in the dialect's format
 * @param idleTimeout      how long a connection may stay silent, between requests or in the middle of one, before it is closed
 * @param maxConnections   open connections beyond which a new one is closed at once
 */
public record ServerLimits(long maxBodyBytes, int maxHeadBytes, Duration idleTimeout, int maxConnections) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_HEAD_BYTES = 16 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_CONNECTIONS = 2000;

    public ServerLimits {
        if (maxBodyBytes < 1 || maxHeadBytes < 1024 || maxConnections < 1) {
            throw new IllegalArgumentException("Limits must allow a body, a 1 KiB head and one connection");
        }
        if (idleTimeout.isNegative() || idleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("The idle timeout must be positive");
        }
    }

    public static ServerLimits defaults() {
        return new ServerLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_HEAD_BYTES, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONNECTIONS);
    }

    /**
     * Grizzly's own bound on a request head, four times the stub's: a head between the two reaches the stub and is
     * refused in the dialect's format; beyond this one Grizzly's parser answers a bare 400 before any stub code runs.
     */
    public int parserHeadBytes() {
        return maxHeadBytes * 4;
    }

    public ServerLimits withMaxBodyBytes(long newMaxBodyBytes) {
        return new ServerLimits(newMaxBodyBytes, maxHeadBytes, idleTimeout, maxConnections);
    }

    public ServerLimits withIdleTimeout(Duration newIdleTimeout) {
        return new ServerLimits(maxBodyBytes, maxHeadBytes, newIdleTimeout, maxConnections);
    }

    public ServerLimits withMaxConnections(int newMaxConnections) {
        return new ServerLimits(maxBodyBytes, maxHeadBytes, idleTimeout, newMaxConnections);
    }
}
