package org.reportschedules.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.reportschedules.journal.JournalFilter;
import org.reportschedules.journal.RequestJournal;
import org.reportschedules.mws.MwsParameters;
import org.reportschedules.pay.PayMerchants;
import org.reportschedules.text.EchoedValue;

/**
 * The request journal as the admin API reads it: its query parameters checked and turned into a filter. A
 * merchant is named as the journal's entries name it (realm:account), or as the merchant's own API names it
 * (an Amazon Pay public key id, an MWS seller id), by the dialects' own rules.
 */
public final class JournalQueries {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private static final Pattern MERCHANT = Pattern.compile("(pay-live|pay-sandbox|mws):\\S+");
    private static final Pattern TOKEN = Pattern.compile("[1-9][0-9]{0,17}");

    private final RequestJournal journal;

    public JournalQueries(RequestJournal journal) {
        this.journal = journal;
    }

    public RequestJournal journal() {
        return journal;
    }

    /** @throws AdminRequestRejected when a filter cannot be read; nothing is then read or changed */
    public JournalFilter filter(String merchant, String publicKeyId, String sellerId, String operation, Integer status,
                                String since, String until) {
        if (status != null && (status < 100 || status > 599)) {
            throw invalid("status", status.toString(), "Give an HTTP status from 100 to 599.");
        }
        Optional<Instant> from = instant("since", since);
        Optional<Instant> to = instant("until", until);
        return new JournalFilter(merchant(merchant, publicKeyId, sellerId), Optional.ofNullable(operation).filter(o -> !o.isEmpty()),
                status == null ? OptionalInt.empty() : OptionalInt.of(status), from, to);
    }

    /** A page of the matching entries, newest first. */
    public RequestJournal.Page page(JournalFilter filter, Integer limit, String nextToken) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw invalid("limit", Integer.toString(size), "Give from 1 to " + MAX_LIMIT + " entries a page.");
        }
        OptionalLong before = OptionalLong.empty();
        if (nextToken != null) {
            if (!TOKEN.matcher(nextToken).matches() || Long.parseLong(nextToken) > journal.lastId()) {
                throw invalid("nextToken", nextToken, "Pass back the nextToken of the previous page as it was answered.");
            }
            before = OptionalLong.of(Long.parseLong(nextToken));
        }
        return journal.newestFirst(filter, before, size);
    }

    private static Optional<String> merchant(String merchant, String publicKeyId, String sellerId) {
        int given = (merchant != null ? 1 : 0) + (publicKeyId != null ? 1 : 0) + (sellerId != null ? 1 : 0);
        if (given > 1) {
            throw new AdminError(AdminErrorCode.InvalidField,
                    "Name the merchant once: merchant (realm:account), publicKeyId or sellerId, not two of them.").rejection();
        }
        if (merchant != null) {
            if (!MERCHANT.matcher(merchant).matches()) {
                throw invalid("merchant", merchant, "Write it realm:account, as journal entries do: pay-live:KEY, pay-sandbox:KEY or mws:SELLER.");
            }
            return Optional.of(merchant);
        }
        if (publicKeyId != null) {
            if (publicKeyId.isBlank()) {
                throw invalid("publicKeyId", publicKeyId, "Give the public key id as the authorization header names it.");
            }
            return Optional.of(PayMerchants.ofPublicKeyId(publicKeyId, Optional.empty()).toString());
        }
        if (sellerId != null) {
            if (sellerId.isBlank()) {
                throw invalid("sellerId", sellerId, "Give the seller id as SellerId or Merchant names it.");
            }
            return Optional.of(MwsParameters.merchantOf(sellerId).toString());
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(String field, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw invalid(field, value, "Give an ISO 8601 instant with an offset, such as 2026-11-23T08:00:00Z.");
        }
    }

    private static AdminRequestRejected invalid(String field, String value, String hint) {
        return new AdminError(AdminErrorCode.InvalidField, "The value provided for " + field + " is invalid: "
                + EchoedValue.of(value) + ". " + hint).rejection();
    }
}
