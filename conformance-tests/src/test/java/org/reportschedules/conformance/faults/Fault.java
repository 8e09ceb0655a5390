package org.reportschedules.conformance.faults;

/**
 * What a faulty implementation does differently from the stub behind it. A fault changes the request before
 * the stub sees it, answers it itself, or changes the stub's answer.
 */
interface Fault {

    /** Changes the request; returns true when the fault has answered it itself (the stub is not asked). */
    default boolean onRequest(Exchange exchange, FaultyProxy proxy) {
        return false;
    }

    /** Changes the stub's answer. */
    default void onResponse(Exchange exchange, FaultyProxy proxy) {
    }
}
