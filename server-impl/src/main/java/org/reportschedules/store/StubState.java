package org.reportschedules.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every stateful part of a running stub, in one registry: the admin reset walks it, so a new store or
 * counter is reset as soon as it is registered, without the reset having to know it by name.
 */
public final class StubState {

    private final List<Resettable> parts = new CopyOnWriteArrayList<>();

    /** Registers a part and returns it, so wiring reads {@code state.register(new ...)}. */
    public <T extends Resettable> T register(T part) {
        parts.add(part);
        return part;
    }

    public void resetAll() {
        parts.forEach(Resettable::reset);
    }
}
