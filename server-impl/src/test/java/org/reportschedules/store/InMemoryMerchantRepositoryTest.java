package org.reportschedules.store;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reportschedules.domain.CreateOutcome;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.MerchantId;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InMemoryMerchantRepositoryTest {

    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";
    private static final Instant NEXT = Instant.parse("2022-11-18T15:06:30Z");

    private final InMemoryMerchantRepository records = new InMemoryMerchantRepository(new SequentialIds());
    private final MerchantId merchant = new MerchantId("pay-live", "LIVE-RACE");

    /** A book is not thread-safe on its own: the repository makes every use of it atomic. */
    @Test
    void racingCreatesForOneTypeLeaveExactlyOneSchedule() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<CreateOutcome>> creates = IntStream.range(0, 200)
                    .<Callable<CreateOutcome>>mapToObj(i -> () -> records.change(merchant,
                            r -> r.schedules().create(ORDERS, Frequency.of("P1D"), NEXT, false)))
                    .toList();
            long created = 0;
            for (Future<CreateOutcome> outcome : pool.invokeAll(creates)) {
                created += outcome.get() instanceof CreateOutcome.Created ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(1, records.read(merchant, r -> r.schedules().list(List.of())).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReadOfAMerchantWithoutRecordsStoresNothingAndAResetForgetsEverything() {
        records.read(merchant, r -> r.schedules().list(List.of()));
        assertEquals(false, records.knows(merchant));
        records.change(merchant, r -> r.schedules().create(ORDERS, Frequency.of("P1D"), NEXT, false));
        assertEquals(true, records.knows(merchant));
        records.reset();
        assertEquals(List.of(), List.copyOf(records.merchants()));
    }
}
