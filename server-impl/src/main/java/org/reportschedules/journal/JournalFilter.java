package org.reportschedules.journal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** Which entries a listing, a count or a deletion is about; an empty part matches every entry. */
public record JournalFilter(Optional<String> merchant, Optional<String> operation, OptionalInt status,
                            Optional<Instant> since, Optional<Instant> until) {

    public static final JournalFilter ALL = new JournalFilter(Optional.empty(), Optional.empty(), OptionalInt.empty(),
            Optional.empty(), Optional.empty());

    public static JournalFilter ofMerchant(String merchant) {
        return new JournalFilter(Optional.of(merchant), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether every entry matches: nothing of an entry need be read to tell. */
    boolean matchesEverything() {
        return merchant.isEmpty() && operation.isEmpty() && status.isEmpty() && since.isEmpty() && until.isEmpty();
    }

    /** since is inclusive, until exclusive, so consecutive windows never count an entry twice. */
    public boolean matches(JournalEntry entry) {
        return matches(entry.merchant(), entry.operation(), entry.status(), entry.time());
    }

    /** The same, on the only fields a filter reads, so that the journal need not make a whole entry to ask. */
    boolean matches(Optional<String> entryMerchant, Optional<String> entryOperation, int entryStatus, Instant entryTime) {
        return (merchant.isEmpty() || merchant.equals(entryMerchant))
                && (operation.isEmpty() || operation.equals(entryOperation))
                && (status.isEmpty() || status.getAsInt() == entryStatus)
                && (since.isEmpty() || !entryTime.isBefore(since.get()))
                && (until.isEmpty() || entryTime.isBefore(until.get()));
    }
}
