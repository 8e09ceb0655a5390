package org.reportschedules.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.reportschedules.domain.MerchantId;

/**
 * Where idempotency keys and the answers they were first given are kept across restarts; {@link #NONE} keeps
 * nothing (the stub without a data directory). A reset forgets them with the merchants' records.
 */
public interface IdempotencyJournal {

    /**
     * One key's first use.
     *
     * @param request the request's text form, by which a repeat after a restart is told from another request
     * @param reply   what the creation answered (the id it created)
     */
    record Entry(MerchantId merchant, String key, String request, Instant firstUsed, String reply) {

        public Entry {
            Objects.requireNonNull(merchant, "merchant");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(firstUsed, "firstUsed");
            Objects.requireNonNull(reply, "reply");
        }
    }

    IdempotencyJournal NONE = new IdempotencyJournal() {
        @Override
        public List<Entry> entries() {
            return List.of();
        }

        @Override
        public void keep(Entry entry, Instant forgetUsedBefore) {
            // memory only
        }
    };

    /** Every kept entry, oldest first. */
    List<Entry> entries();

    /** Keeps the entry, and may forget the merchant's entries first used before the given instant (they have expired). */
    void keep(Entry entry, Instant forgetUsedBefore);
}
