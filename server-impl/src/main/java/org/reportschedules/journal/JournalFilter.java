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

    /** since is inclusive, until exclusive, so consecutive windows never count an entry twice. */
    public boolean matches(JournalEntry entry) {
        return (merchant.isEmpty() || merchant.equals(entry.merchant()))
                && (operation.isEmpty() || operation.equals(entry.operation()))
                && (status.isEmpty() || status.getAsInt() == entry.status())
                && (since.isEmpty() || !entry.time().isBefore(since.get()))
                && (until.isEmpty() || entry.time().isBefore(until.get()));
    }
}
