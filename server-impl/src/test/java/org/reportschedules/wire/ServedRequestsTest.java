package org.reportschedules.wire;

import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;

class ServedRequestsTest {

    private final ContainerRequestContext served = aRequest();
    private final ContainerRequestContext lookedUp = aRequest();
    private final Provider<ContainerRequestContext> lookUp = () -> lookedUp;

    @AfterEach
    void forget() {
        ServedRequests.answered();
    }

    @Test
    void aThreadServingARequestFindsItWithoutTheLookUp() {
        ServedRequests.arrived(served);

        assertSame(served, ServedRequests.current(() -> {
            throw new AssertionError("looked up although the thread serves a request");
        }));
    }

    @Test
    void onceAnsweredTheLookUpAnswersAgain() {
        ServedRequests.arrived(served);
        ServedRequests.answered();

        assertSame(lookedUp, ServedRequests.current(lookUp));
    }

    @Test
    void anotherThreadDoesNotSeeThisThreadsRequest() {
        ServedRequests.arrived(served);

        assertSame(lookedUp, CompletableFuture.supplyAsync(() -> ServedRequests.current(lookUp)).join());
    }

    private static ContainerRequestContext aRequest() {
        return (ContainerRequestContext) Proxy.newProxyInstance(ServedRequestsTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
