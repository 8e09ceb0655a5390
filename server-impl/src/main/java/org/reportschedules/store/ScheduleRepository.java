package org.reportschedules.store;

import java.util.function.Function;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ScheduleBook;

/**
 * Where merchants' report schedules are kept. Each call sees one merchant's book alone and is atomic for
 * that merchant, so the one-schedule-per-type rule holds when a merchant's requests race each other, and
 * merchants never wait for each other. An implementation that keeps books elsewhere (on disk, say) stores
 * what {@link #change} did before it returns.
 */
public interface ScheduleRepository extends Resettable {

    /** Runs a query on the merchant's book; the query must not change it. */
    <T> T read(MerchantId merchant, Function<ScheduleBook, T> query);

    /** Runs a change on the merchant's book and keeps its result. */
    <T> T change(MerchantId merchant, Function<ScheduleBook, T> change);
}
