package org.reportschedules.documents;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A refused download, worded as S3 words it for a pre-signed url: a code, a message and, for an expired url,
 * how long it was valid, when it expired and the server's time.
 */
public record DocumentError(DocumentErrorCode code, String message, Optional<Expiry> expiry) {

    /** What S3 adds to "Request has expired": X-Amz-Expires, Expires and ServerTime. */
    public record Expiry(Duration validFor, Instant expiresAt, Instant serverTime) {
    }

    public DocumentError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(expiry, "expiry");
    }

    public static DocumentError of(DocumentErrorCode code, String message) {
        return new DocumentError(code, message, Optional.empty());
    }

    /** S3's answer to a url it never signed, or does not know any more. */
    public static DocumentError accessDenied() {
        return of(DocumentErrorCode.AccessDenied, "Access Denied");
    }

    public static DocumentError expired(Instant expiresAt, Instant now) {
        return new DocumentError(DocumentErrorCode.AccessDenied, "Request has expired",
                Optional.of(new Expiry(DocumentLinks.VALID_FOR, expiresAt, now)));
    }

    public DocumentRefused rejection() {
        return new DocumentRefused(this);
    }
}
