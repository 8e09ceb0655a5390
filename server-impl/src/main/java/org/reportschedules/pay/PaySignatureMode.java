package org.reportschedules.pay;

/** How hard the stub looks at Amazon Pay request signatures ({@code --pay-signature-mode}). */
public enum PaySignatureMode {
    /** No signature is checked. */
    OFF,
    /** Requests signed with a registered public key are verified; unsigned requests and unknown keys pass. */
    VERIFY_KNOWN,
    /** Every request must be signed with a registered public key, and verify. */
    STRICT
}
