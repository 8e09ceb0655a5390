package org.reportschedules.documents;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.store.Resettable;

/**
 * Download links to report documents, handed out as Amazon hands out pre-signed S3 urls: an unguessable
 * token naming one merchant's document, valid for 30 seconds from issue by the stub's clock. The url points
 * at the stub itself ({@code <scheme://host:port>/documents/<token>}), so a client follows it like the real
 * one. Kept in memory; a reset forgets every link.
 */
public final class DocumentLinks implements Resettable {

    /** Where the stub serves documents. */
    public static final String PATH = "/documents";
    /** Amazon: the url is "valid for 30 seconds". */
    public static final Duration VALID_FOR = Duration.ofSeconds(30);
    /** How long an expired link is still told apart from an unknown one before it is forgotten. */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofHours(1);

    private static final int TOKEN_BYTES = 32;

    /** What a link opens, and until when (S3's rule: a url is expired once the time is past its expiry). */
    public record Link(MerchantId merchant, String documentId, Instant expiresAt) {

        public boolean expiredAt(Instant now) {
            return now.isAfter(expiresAt);
        }
    }

    private final Map<String, Link> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * Issues a new link to the merchant's document, valid from {@code now}, and returns its url under
     * {@code base}: the scheme, host and port the request for it was sent to.
     */
    public URI issue(URI base, MerchantId merchant, String documentId, Instant now) {
        byToken.values().removeIf(link -> link.expiresAt().plus(KEPT_AFTER_EXPIRY).isBefore(now));
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byToken.put(token, new Link(merchant, documentId, now.plus(VALID_FOR)));
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + PATH + "/" + token);
    }

    /** The link of a token, expired or not; empty for a token never issued, or forgotten. */
    public Optional<Link> find(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    @Override
    public void reset() {
        byToken.clear();
    }
}
