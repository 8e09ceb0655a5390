package org.reportschedules.tls;

import java.util.Optional;

/**
 * HTTPS beside plain HTTP.
 *
 * @param port     the secure port; 0 picks a free one
 * @param identity the keystore's key and certificate, or empty for a self-signed certificate made at start
 */
public record HttpsSettings(int port, Optional<TlsIdentity> identity) {

    public HttpsSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--https-port must be between 0 and 65535, not " + port);
        }
    }

    /** A self-signed certificate made at start, on this port. */
    public static HttpsSettings selfSigned(int port) {
        return new HttpsSettings(port, Optional.empty());
    }
}
