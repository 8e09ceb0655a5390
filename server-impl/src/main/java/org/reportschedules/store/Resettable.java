package org.reportschedules.store;

/** A part of the stub that holds state a reset forgets. */
@FunctionalInterface
public interface Resettable {

    /** Forgets everything, as if the stub had just started. */
    void reset();
}
