package org.reportschedules.store.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.store.IdempotencyJournal;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;
import org.reportschedules.store.StoreUnavailable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteStoreTest {

    private static final MerchantId MERCHANT = new MerchantId("pay-live", "LIVE-A1:with-colon");
    private static final Instant T = Instant.parse("2026-11-23T08:00:00Z");
    private static final String ORDERS = "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_";

    @TempDir
    Path dir;

    @Test
    void whatWasWrittenThroughIsThereAfterReopening() {
        SequentialIds ids = new SequentialIds();
        try (SqliteStore store = SqliteStore.open(dir)) {
            InMemoryMerchantRepository records = new InMemoryMerchantRepository(ids, store.records(ids), store.writeThrough(ids::counters));
            records.change(MERCHANT, found -> {
                found.schedules().create(ORDERS, Frequency.of("P1D"), T, false);
                found.reports().add(new Report(ids.nextReportId(), ORDERS, T.minusSeconds(86_400), T, T, T.plusSeconds(5),
                        ProcessingStatus.COMPLETED, ids.nextDocumentId(), null));
                found.outcomes().plan(ORDERS, ProcessingStatus.FAILED, 2);
                return null;
            });
            records.change(new MerchantId("mws", "A3SELLER"), found -> found.schedules().set(ORDERS, Frequency.of("PT15M"), T));
            store.keep(new IdempotencyJournal.Entry(MERCHANT, "key-1", "NewReport[...]", T, "59000000000"), T.minusSeconds(1));
            store.keepClock(new StubClock.Setting(Duration.ofHours(3), null));
        }

        SequentialIds restarted = new SequentialIds();
        try (SqliteStore store = SqliteStore.open(dir)) {
            Map<MerchantId, MerchantRecords> kept = store.records(restarted);
            assertEquals(2, kept.size());
            MerchantRecords merchant = kept.get(MERCHANT);
            assertEquals("50000000000", merchant.schedules().list(List.of()).get(0).id());
            assertEquals(T, merchant.schedules().list(List.of()).get(0).nextReportCreationTime());
            assertEquals("59000000000", merchant.reports().list(r -> true).get(0).id());
            assertEquals(List.of(ProcessingStatus.FAILED, ProcessingStatus.FAILED), merchant.outcomes().planned(ORDERS));
            assertEquals("50000000001", kept.get(new MerchantId("mws", "A3SELLER")).schedules().list(List.of()).get(0).id());
            assertEquals(new SequentialIds.Counters(50_000_000_002L, 59_000_000_001L, 2), store.counters());
            assertEquals(List.of(new IdempotencyJournal.Entry(MERCHANT, "key-1", "NewReport[...]", T, "59000000000")), store.entries());
            assertEquals(new StubClock.Setting(Duration.ofHours(3), null), store.clockSetting().orElseThrow());
        }
    }

    /** Another connection holding the database's write lock stands for a store that cannot be written (a full disk). */
    @Test
    void aChangeThatCannotBeWrittenIsUndoneAndTheNextOneIsKeptOnceTheStoreRecovers() throws Exception {
        SequentialIds ids = new SequentialIds();
        try (SqliteStore store = SqliteStore.open(dir)) {
            InMemoryMerchantRepository records = new InMemoryMerchantRepository(ids, store.records(ids), store.writeThrough(ids::counters));
            records.change(MERCHANT, found -> found.schedules().create(ORDERS, Frequency.of("P1D"), T, false));
            String before = records.read(MERCHANT, found -> found.schedules().list(List.of()).toString());

            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataDirectory.DATABASE));
                 Statement lock = other.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");
                assertThrows(StoreUnavailable.class, () -> records.change(MERCHANT,
                        found -> found.schedules().create(ORDERS, Frequency.of("P7D"), T.plusSeconds(60), true)));
                assertEquals(before, records.read(MERCHANT, found -> found.schedules().list(List.of()).toString()), "undone in memory");
                assertThrows(StoreUnavailable.class, () -> records.change(new MerchantId("mws", "A3NEW"),
                        found -> found.schedules().set(ORDERS, Frequency.of("P1D"), T)));
                String stillNone = records.read(new MerchantId("mws", "A3NEW"), found -> found.schedules().list(List.of()).toString());
                assertEquals("[]", stillNone);
                lock.execute("ROLLBACK");
            }

            records.change(MERCHANT, found -> found.schedules().create(ORDERS, Frequency.of("P7D"), T.plusSeconds(60), true));
        }
        try (SqliteStore reopened = SqliteStore.open(dir)) {
            List<org.reportschedules.domain.ReportSchedule> kept = reopened.records(new SequentialIds()).get(MERCHANT).schedules().list(List.of());
            assertEquals(1, kept.size());
            assertEquals(Frequency.of("P7D"), kept.get(0).frequency());
        }
    }

    @Test
    void aResetForgetsTheRecordsKeysAndCounters() {
        SequentialIds ids = new SequentialIds();
        try (SqliteStore store = SqliteStore.open(dir)) {
            InMemoryMerchantRepository records = new InMemoryMerchantRepository(ids, store.records(ids), store.writeThrough(ids::counters));
            records.change(MERCHANT, found -> found.schedules().create(ORDERS, Frequency.of("P1D"), T, false));
            store.keep(new IdempotencyJournal.Entry(MERCHANT, "key-1", "r", T, "50000000000"), T.minusSeconds(1));
            records.reset();
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertTrue(store.records(new SequentialIds()).isEmpty());
            assertTrue(store.entries().isEmpty());
            assertEquals(SequentialIds.Counters.FIRST, store.counters());
        }
    }

    @Test
    void aSecondStubOnTheSameDirectoryIsRefused() {
        try (SqliteStore first = SqliteStore.open(dir)) {
            DataDirectoryRefused refused = assertThrows(DataDirectoryRefused.class, () -> SqliteStore.open(dir));
            assertEquals("Cannot use the data directory " + dir + ": another stub is using it (stub.lock is locked); stop that one first",
                    refused.getMessage());
        }
        SqliteStore.open(dir).close(); // free again once the first has stopped
    }

    @Test
    void randomBytesAreRefusedAndLeftAsTheyWere() throws Exception {
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("stub.db"), noise);
        assertRefused("stub.db is not a readable SQLite database");
        assertArrayEquals(noise, Files.readAllBytes(dir.resolve("stub.db")));
    }

    @Test
    void aTruncatedDatabaseIsRefused() throws Exception {
        SequentialIds ids = new SequentialIds();
        try (SqliteStore store = SqliteStore.open(dir)) {
            InMemoryMerchantRepository records = new InMemoryMerchantRepository(ids, store.records(ids), store.writeThrough(ids::counters));
            for (int i = 0; i < 300; i++) {
                records.change(new MerchantId("pay-live", "M" + i), found -> found.schedules().create(ORDERS, Frequency.of("P1D"), T, false));
            }
        }
        byte[] whole = Files.readAllBytes(dir.resolve("stub.db"));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(dir.resolve("stub.db"), half);
        DataDirectoryRefused refused = assertThrows(DataDirectoryRefused.class, () -> SqliteStore.open(dir));
        assertTrue(refused.getMessage().startsWith("Cannot use the data directory " + dir + ": stub.db is "), refused.getMessage());
        assertArrayEquals(half, Files.readAllBytes(dir.resolve("stub.db")));
    }

    @Test
    void anEmptyFileIsRefusedRatherThanStartedAfresh() throws Exception {
        Files.createFile(dir.resolve("stub.db"));
        assertRefused("stub.db is empty (0 bytes)");
        assertEquals(0, Files.size(dir.resolve("stub.db")));
    }

    @Test
    void anotherProgramsSqliteFileIsRefused() throws Exception {
        runSql("CREATE TABLE photos (name TEXT)");
        assertRefused("stub.db is a SQLite database, but not one this stub wrote (it has no stub_format table)");
    }

    @Test
    void anotherFormatVersionIsRefused() throws Exception {
        SqliteStore.open(dir).close();
        runSql("UPDATE stub_format SET value = '2' WHERE name = 'version'");
        assertRefused("stub.db was written in format version 2; this stub reads version 1 only");
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        DataDirectoryRefused notADirectory = assertThrows(DataDirectoryRefused.class, () -> SqliteStore.open(file));
        assertEquals("Cannot use the data directory " + file + ": it is not a directory", notADirectory.getMessage());
        DataDirectoryRefused cannotBeMade = assertThrows(DataDirectoryRefused.class, () -> SqliteStore.open(file.resolve("below")));
        assertTrue(cannotBeMade.getMessage().startsWith("Cannot use the data directory " + file.resolve("below") + ": it cannot be created"),
                cannotBeMade.getMessage());
    }

    @Test
    void aMissingDirectoryIsCreated() {
        Path nested = dir.resolve("a/b");
        SqliteStore.open(nested).close();
        assertTrue(Files.isRegularFile(nested.resolve("stub.db")));
        assertFalse(Files.exists(nested.resolve("stub.db.new")));
    }

    /** As another program would, behind the stub's back. */
    private void runSql(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("stub.db"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void assertRefused(String what) {
        DataDirectoryRefused refused = assertThrows(DataDirectoryRefused.class, () -> SqliteStore.open(dir));
        assertTrue(refused.getMessage().startsWith("Cannot use the data directory " + dir + ": " + what), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"), "one line");
    }
}
