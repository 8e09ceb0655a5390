package org.reportschedules.wire;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.reportschedules.journal.Refusal;
import org.reportschedules.journal.RefusalCategory;

/** Where a dialect's answer to a failure leaves the refusal's category and code for the request journal. */
public final class Refusals {

    private static final String PROPERTY = "stub.refusal";

    private Refusals() {
    }

    public static void note(ContainerRequestContext request, RefusalCategory category, String code) {
        request.setProperty(PROPERTY, Refusal.of(category, code));
    }

    public static Optional<Refusal> of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof Refusal refusal ? Optional.of(refusal) : Optional.empty();
    }
}
