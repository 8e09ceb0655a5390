package org.reportschedules.wire;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Every request's id: assigned when it arrives, echoed in the dialect's request-id header and in logs. */
public final class RequestIds {

    private static final String PROPERTY = "stub.request-id";

    private RequestIds() {
    }

    public static String of(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            return id.toString();
        }
        String assigned = randomUuid().toString();
        request.setProperty(PROPERTY, assigned);
        return assigned;
    }

    /**
     * A version 4 UUID, as UUID.randomUUID() makes, from this thread's generator: randomUUID() draws from one
     * SecureRandom that every request thread waits on, and a request id (or an MWS response context) needs to be unique, not unguessable.
     */
    public static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low);
    }
}
