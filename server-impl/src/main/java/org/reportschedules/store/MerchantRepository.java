package org.reportschedules.store;

import java.util.Set;
import java.util.function.Function;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;

/**
 * Where merchants' schedules and reports are kept. Each call sees one merchant's records alone and is atomic
 * for that merchant, so the one-schedule-per-type rule holds when a merchant's requests race each other, and
 * merchants never wait for each other. An implementation that keeps records elsewhere (on disk, say) stores
 * what {@link #change} did before it returns.
 */
public interface MerchantRepository extends Resettable {

    /** Runs a query on the merchant's records; the query must not change them. */
    <T> T read(MerchantId merchant, Function<MerchantRecords, T> query);

    /** Runs a change on the merchant's records and keeps its result. */
    <T> T change(MerchantId merchant, Function<MerchantRecords, T> change);

    /** Every merchant that has records, as a live view: a walk through it may or may not see merchants added meanwhile. */
    Set<MerchantId> merchants();

    /** Whether the merchant has records (a merchant only ever read has none). */
    boolean knows(MerchantId merchant);
}
