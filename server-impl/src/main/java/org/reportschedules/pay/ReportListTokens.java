package org.reportschedules.pay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ProcessingStatus;

/**
 * Get Reports' nextToken. Amazon documents the token as the only parameter of a follow-up call, so it carries
 * everything the next page needs: the merchant, the first call's listing (filters and page size, defaults
 * filled in) and where the page before ended. It is text, base64url-encoded, with an HMAC-SHA256 made with a
 * key this stub drew at start, so a token that was edited, made up, or issued by another run of the stub is
 * told apart from a real one instead of being misread.
 */
final class ReportListTokens {

    private static final String VERSION = "reports-1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final int FIELDS = 10;

    /** What a token continues: whose listing, which listing, and after which report. */
    record Continuation(MerchantId merchant, ReportListing listing, ReportListing.Position after) {
    }

    private final SecretKeySpec key;

    ReportListTokens() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, ALGORITHM);
    }

    String issue(Continuation continuation) {
        ReportListing listing = continuation.listing();
        String text = String.join("\n", VERSION,
                continuation.merchant().realm(), continuation.merchant().account(),
                String.join(",", listing.types()),
                listing.statuses().stream().map(Enum::name).collect(Collectors.joining(",")),
                listing.createdSince().toString(), listing.createdUntil().toString(), Integer.toString(listing.pageSize()),
                continuation.after().createdTime().toString(), continuation.after().reportId());
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] signed = Arrays.copyOf(payload, payload.length + MAC_BYTES);
        System.arraycopy(mac(payload), 0, signed, payload.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** What the token continues, or empty when this stub did not issue it. */
    Optional<Continuation> read(String token) {
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (signed.length <= MAC_BYTES) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(signed, signed.length - MAC_BYTES);
        byte[] mac = Arrays.copyOfRange(signed, payload.length, signed.length);
        if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(payload), MAC_BYTES))) {
            return Optional.empty();
        }
        String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
        if (fields.length != FIELDS || !fields[0].equals(VERSION)) {
            return Optional.empty();
        }
        try {
            ReportListing listing = new ReportListing(
                    Set.copyOf(PayRequestValues.commaSeparated(fields[3])),
                    PayRequestValues.commaSeparated(fields[4]).stream().map(ProcessingStatus::valueOf).collect(Collectors.toSet()),
                    Instant.parse(fields[5]), Instant.parse(fields[6]), Integer.parseInt(fields[7]));
            return Optional.of(new Continuation(new MerchantId(fields[1], fields[2]), listing,
                    new ReportListing.Position(Instant.parse(fields[8]), fields[9])));
        } catch (DateTimeException | IllegalArgumentException written) {
            // Not for a token this stub signed; kept so that a change of format cannot turn into a 500.
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
