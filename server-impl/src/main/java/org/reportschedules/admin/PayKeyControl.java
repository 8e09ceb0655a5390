package org.reportschedules.admin;

import java.security.PublicKey;
import java.util.List;

import org.reportschedules.pay.PayKeyRegistry;
import org.reportschedules.pay.PayPublicKeys;

/**
 * Registers, describes and deletes the Amazon Pay public keys the stub verifies signatures with. The rules for
 * an id and a key are the Pay dialect's own (the same as for {@code --pay-public-key}); this class only turns
 * their refusals into the admin API's errors, before anything changes.
 */
public final class PayKeyControl {

    /** A 2048-bit key's PEM is about 450 bytes; a body beyond this holds something else. */
    public static final int MAX_PEM_BYTES = 8192;

    private final PayKeyRegistry keys;

    public PayKeyControl(PayKeyRegistry keys) {
        this.keys = keys;
    }

    /**
     * Registers the PEM's key under the id, replacing the key it had.
     *
     * @throws AdminRequestRejected when the id cannot be carried by an authorization header, or the body holds
     *                              no RSA public key of at least 2048 bits; nothing then changes
     */
    public PayKeyRegistry.Registered register(String publicKeyId, String pem) {
        try {
            PayPublicKeys.requireCarriableId(publicKeyId);
        } catch (IllegalArgumentException e) {
            throw new AdminError(AdminErrorCode.InvalidField, "The value provided for publicKeyId is invalid: " + e.getMessage()).rejection();
        }
        if (pem == null || pem.isBlank()) {
            throw new AdminError(AdminErrorCode.MissingField,
                    "The request body is empty: send the public key as PEM text (-----BEGIN PUBLIC KEY----- ...).").rejection();
        }
        PublicKey key;
        try {
            key = PayPublicKeys.fromPem(pem);
        } catch (IllegalArgumentException e) {
            throw new AdminError(AdminErrorCode.InvalidField, "The value provided for the body is invalid: it " + e.getMessage()).rejection();
        }
        return keys.register(publicKeyId, key);
    }

    /** Every key, sorted by public key id. */
    public List<PayKeyRegistry.Entry> list() {
        return keys.entries();
    }

    public PayKeyRegistry.Entry describe(String publicKeyId) {
        return keys.entry(publicKeyId).orElseThrow(() -> unknown(publicKeyId));
    }

    public void delete(String publicKeyId) {
        if (!keys.remove(publicKeyId)) {
            throw unknown(publicKeyId);
        }
    }

    private static AdminRequestRejected unknown(String publicKeyId) {
        return new AdminError(AdminErrorCode.NotFound, "No Amazon Pay public key is registered under " + publicKeyId + ".").rejection();
    }
}
