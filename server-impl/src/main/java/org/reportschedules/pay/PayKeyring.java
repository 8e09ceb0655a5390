package org.reportschedules.pay;

import java.security.PublicKey;
import java.util.Optional;

/** Where the signature check finds the public key a request's PublicKeyId names, as registered at that moment. */
@FunctionalInterface
public interface PayKeyring {

    /** The key registered under the id, or empty for an unknown (or null) id. */
    Optional<PublicKey> key(String publicKeyId);
}
