package org.reportschedules.scheduler;

import java.util.Set;
import java.util.function.Function;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.store.MerchantRepository;

/**
 * The scheduler, as seen by everything that reads or changes a merchant's records: before any call sees
 * them, whatever the merchant's schedules owe by the clock's now is fired, under the same lock. So firing
 * follows the clock, needs no background thread, and no read can observe a schedule that should have fired.
 */
public final class FiringRepository implements MerchantRepository {

    private final MerchantRepository records;
    private final ReportMaking making;

    public FiringRepository(MerchantRepository records, ReportMaking making) {
        this.records = records;
        this.making = making;
    }

    /** A merchant without records has nothing to fire, and a read does not give it records. */
    @Override
    public <T> T read(MerchantId merchant, Function<MerchantRecords, T> query) {
        return records.knows(merchant) ? change(merchant, query) : records.read(merchant, query);
    }

    @Override
    public <T> T change(MerchantId merchant, Function<MerchantRecords, T> change) {
        return records.change(merchant, found -> {
            making.fireDue(found);
            return change.apply(found);
        });
    }

    @Override
    public Set<MerchantId> merchants() {
        return records.merchants();
    }

    @Override
    public boolean knows(MerchantId merchant) {
        return records.knows(merchant);
    }

    /** Fires what every merchant's schedules owe by now (after the clock was moved, say). */
    public void fireAllDue() {
        records.merchants().forEach(merchant -> records.change(merchant, found -> {
            making.fireDue(found);
            return null;
        }));
    }

    @Override
    public void reset() {
        records.reset();
    }
}
