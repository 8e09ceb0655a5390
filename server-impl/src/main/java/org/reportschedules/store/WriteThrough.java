package org.reportschedules.store;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;

/**
 * Where {@link InMemoryMerchantRepository} writes a merchant's records after each change, inside the change's
 * turn on that merchant and before the change returns: so a change a client was told of is already kept when
 * it hears of it. {@link #NONE} keeps nothing (the stub without a data directory).
 */
public interface WriteThrough {

    WriteThrough NONE = new WriteThrough() {
        @Override
        public void keep(MerchantId merchant, MerchantRecords records) {
            // memory only
        }

        @Override
        public void forgetAll() {
            // memory only
        }
    };

    /** Keeps the merchant's records as they are now; returns only once they would survive the process dying. */
    void keep(MerchantId merchant, MerchantRecords records);

    /** Forgets every merchant's kept records (the admin reset). */
    void forgetAll();
}
