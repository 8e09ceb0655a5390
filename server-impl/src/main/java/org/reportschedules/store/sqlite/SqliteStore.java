package org.reportschedules.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.reportschedules.clock.StubClock;
import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.domain.ScheduleIds;
import org.reportschedules.store.IdempotencyJournal;
import org.reportschedules.store.SequentialIds.Counters;
import org.reportschedules.store.StoreUnavailable;
import org.reportschedules.store.WriteThrough;

/**
 * The stub's state in SQLite, in a data directory: every merchant's schedules, reports and planned outcomes, the
 * id counters, the idempotency keys and the clock's setting. The running stub works on its records in memory
 * and writes each change through here, one transaction per change, before the change returns.
 *
 * <p>The database is in WAL mode with synchronous=NORMAL: a commit has been written to the WAL file (in the
 * operating system's cache) when it returns, which survives the stub's process being killed; it is not synced
 * to the disk, so it may not survive the machine losing power. One connection, used by one thread at a time:
 * SQLite writes one transaction at a time anyway.
 */
public final class SqliteStore implements IdempotencyJournal, AutoCloseable {

    /** Written into every database; a database with another is refused, never read nor changed. */
    static final String FORMAT = "report-schedules-stub";
    static final int VERSION = 1;

    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE stub_format (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE merchants (merchant TEXT PRIMARY KEY)",
            "CREATE TABLE schedules (merchant TEXT NOT NULL, id TEXT NOT NULL, report_type TEXT NOT NULL, frequency TEXT NOT NULL,"
                    + " next_creation TEXT NOT NULL, PRIMARY KEY (merchant, id))",
            "CREATE TABLE reports (merchant TEXT NOT NULL, id TEXT NOT NULL, report_type TEXT NOT NULL, start_time TEXT NOT NULL,"
                    + " end_time TEXT NOT NULL, created_time TEXT NOT NULL, processing_end_time TEXT NOT NULL, outcome TEXT NOT NULL,"
                    + " document_id TEXT, schedule_id TEXT, PRIMARY KEY (merchant, id))",
            "CREATE TABLE planned_outcomes (merchant TEXT NOT NULL, report_type TEXT NOT NULL, position INTEGER NOT NULL,"
                    + " outcome TEXT NOT NULL, PRIMARY KEY (merchant, report_type, position))",
            "CREATE TABLE counters (kind TEXT PRIMARY KEY, next INTEGER NOT NULL)",
            "CREATE TABLE idempotency_keys (position INTEGER PRIMARY KEY AUTOINCREMENT, merchant TEXT NOT NULL, idempotency_key TEXT NOT NULL,"
                    + " request TEXT NOT NULL, first_used TEXT NOT NULL, reply TEXT NOT NULL, UNIQUE (merchant, idempotency_key))",
            "CREATE TABLE clock (id INTEGER PRIMARY KEY CHECK (id = 1), ahead TEXT NOT NULL, frozen_at TEXT)");
    private static final List<String> FORGOTTEN_BY_RESET = List.of("merchants", "schedules", "reports", "planned_outcomes",
            "counters", "idempotency_keys");

    private final DataDirectory directory;
    private final Connection connection;
    private final Map<MerchantId, MerchantSnapshot> written = new HashMap<>();

    private SqliteStore(DataDirectory directory, Connection connection) {
        this.directory = directory;
        this.connection = connection;
    }

    /**
     * Takes the directory (made when missing) and opens its database, made when missing.
     *
     * @throws DataDirectoryRefused when the directory or its database cannot be used; nothing was changed then
     */
    public static SqliteStore open(Path path) {
        DataDirectory directory = DataDirectory.take(path);
        try {
            Connection connection = directory.database(SqliteStore::makeSchema, c -> checkFormat(directory, c));
            try {
                update(connection, "PRAGMA journal_mode=WAL");
                update(connection, "PRAGMA synchronous=NORMAL");
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                connection.close();
                throw directory.refused(DataDirectory.DATABASE + " cannot be set up for writing (" + DataDirectory.oneLine(e) + ")");
            }
            return new SqliteStore(directory, connection);
        } catch (RuntimeException | SQLException e) {
            directory.close();
            throw e instanceof DataDirectoryRefused refused ? refused : directory.refused(DataDirectory.oneLine(e));
        }
    }

    private static void makeSchema(Connection connection) {
        try {
            connection.setAutoCommit(false);
            for (String table : SCHEMA) {
                update(connection, table);
            }
            update(connection, "INSERT INTO stub_format VALUES ('format', '" + FORMAT + "'), ('version', '" + VERSION + "')");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkFormat(DataDirectory directory, Connection connection) {
        try {
            if (DataDirectory.singleText(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'stub_format'") == null) {
                throw directory.refused(DataDirectory.DATABASE + " is a SQLite database, but not one this stub wrote (it has no stub_format table)");
            }
            String format = DataDirectory.singleText(connection, "SELECT value FROM stub_format WHERE name = 'format'");
            String version = DataDirectory.singleText(connection, "SELECT value FROM stub_format WHERE name = 'version'");
            if (!FORMAT.equals(format)) {
                throw directory.refused(DataDirectory.DATABASE + " holds format '" + format + "', not " + FORMAT);
            }
            if (!Integer.toString(VERSION).equals(version)) {
                throw directory.refused(DataDirectory.DATABASE + " was written in format version " + version
                        + "; this stub reads version " + VERSION + " only (use the stub that wrote it, or another directory)");
            }
        } catch (SQLException e) {
            throw directory.refused(DataDirectory.DATABASE + " cannot be read (" + DataDirectory.oneLine(e) + ")");
        }
    }

    /** Every merchant's records as kept; schedules and reports in the order they were made. */
    public synchronized Map<MerchantId, MerchantRecords> records(ScheduleIds ids) {
        try {
            Map<MerchantId, MerchantRecords> records = new LinkedHashMap<>();
            for (Row row : rows("SELECT merchant FROM merchants ORDER BY merchant")) {
                records.put(merchant(row.text(1)), MerchantRecords.empty(ids));
            }
            for (Row row : rows("SELECT merchant, id, report_type, frequency, next_creation FROM schedules ORDER BY id")) {
                records.get(merchant(row.text(1))).schedules().restore(new ReportSchedule(row.text(2), row.text(3),
                        Frequency.of(row.text(4)), Instant.parse(row.text(5))));
            }
            for (Row row : rows("SELECT merchant, id, report_type, start_time, end_time, created_time, processing_end_time, outcome,"
                    + " document_id, schedule_id FROM reports ORDER BY id")) {
                records.get(merchant(row.text(1))).reports().add(new Report(row.text(2), row.text(3), Instant.parse(row.text(4)),
                        Instant.parse(row.text(5)), Instant.parse(row.text(6)), Instant.parse(row.text(7)),
                        ProcessingStatus.valueOf(row.text(8)), row.text(9), row.text(10)));
            }
            for (Row row : rows("SELECT merchant, report_type, outcome FROM planned_outcomes ORDER BY merchant, report_type, position")) {
                records.get(merchant(row.text(1))).outcomes().plan(row.text(2), ProcessingStatus.valueOf(row.text(3)), 1);
            }
            records.forEach((merchant, kept) -> written.put(merchant, MerchantSnapshot.of(kept)));
            return records;
        } catch (SQLException | RuntimeException e) {
            throw directory.refused(DataDirectory.DATABASE + " holds records this stub cannot read (" + DataDirectory.oneLine(e) + ")");
        }
    }

    /** The counters as kept, and never behind an id the kept records hold. */
    public synchronized Counters counters() {
        try {
            Map<String, Long> kept = new HashMap<>();
            for (Row row : rows("SELECT kind, next FROM counters")) {
                kept.put(row.text(1), row.number(2));
            }
            Counters stored = new Counters(kept.getOrDefault("schedule", 0L), kept.getOrDefault("report", 0L),
                    kept.getOrDefault("document", 0L));
            Counters seen = new Counters(
                    next("SELECT max(CAST(id AS INTEGER)) FROM schedules"),
                    next("SELECT max(CAST(id AS INTEGER)) FROM reports"),
                    next("SELECT max(CAST(substr(document_id, -14) AS INTEGER)) FROM reports"));
            return Counters.FIRST.atLeast(stored).atLeast(seen);
        } catch (SQLException e) {
            throw directory.refused(DataDirectory.DATABASE + " holds counters this stub cannot read (" + DataDirectory.oneLine(e) + ")");
        }
    }

    /** The clock's setting as last kept; empty when it was never moved (real time). */
    public synchronized Optional<StubClock.Setting> clockSetting() {
        try {
            List<Row> found = rows("SELECT ahead, frozen_at FROM clock");
            return found.stream().findFirst().map(row -> new StubClock.Setting(Duration.parse(row.text(1)),
                    row.text(2) == null ? null : Instant.parse(row.text(2))));
        } catch (SQLException | RuntimeException e) {
            throw directory.refused(DataDirectory.DATABASE + " holds a clock setting this stub cannot read (" + DataDirectory.oneLine(e) + ")");
        }
    }

    public synchronized void keepClock(StubClock.Setting setting) {
        inTransaction(() -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT OR REPLACE INTO clock VALUES (1, ?, ?)")) {
                statement.setString(1, setting.ahead().toString());
                statement.setString(2, setting.frozenAt() == null ? null : setting.frozenAt().toString());
                statement.executeUpdate();
            }
        });
    }

    /** Writes each merchant's change, and the id counters as they stand, in one transaction per change. */
    public WriteThrough writeThrough(Supplier<Counters> counters) {
        return new WriteThrough() {
            @Override
            public void keep(MerchantId merchant, MerchantRecords records) {
                keepMerchant(merchant, MerchantSnapshot.of(records), counters.get());
            }

            @Override
            public void forgetAll() {
                forgetEverything();
            }
        };
    }

    private synchronized void keepMerchant(MerchantId merchant, MerchantSnapshot now, Counters counters) {
        MerchantSnapshot before = written.get(merchant);
        if (now.equals(before)) {
            return;
        }
        MerchantSnapshot previous = before == null ? MerchantSnapshot.NONE : before;
        String key = merchant.toString();
        inTransaction(() -> {
            execute("INSERT OR IGNORE INTO merchants VALUES (?)", key);
            writeSchedules(key, previous.schedules(), now.schedules());
            writeReports(key, previous.reports(), now.reports());
            if (!previous.plannedOutcomes().equals(now.plannedOutcomes())) {
                writePlannedOutcomes(key, now.plannedOutcomes());
            }
            keepCounters(counters);
        });
        written.put(merchant, now);
    }

    private void writeSchedules(String merchant, List<ReportSchedule> before, List<ReportSchedule> now) throws SQLException {
        writeRows("schedules", merchant, before, now, ReportSchedule::id, schedule -> new Object[] {merchant, schedule.id(),
                schedule.reportType(), schedule.frequency().iso8601(), schedule.nextReportCreationTime().toString()});
    }

    private void writeReports(String merchant, List<Report> before, List<Report> now) throws SQLException {
        writeRows("reports", merchant, before, now, Report::id, report -> new Object[] {merchant, report.id(), report.reportType(),
                report.startTime().toString(), report.endTime().toString(), report.createdTime().toString(),
                report.processingEndTime().toString(), report.outcome().name(), report.documentId(), report.scheduleId()});
    }

    /** Deletes the rows whose value is gone, writes those new or changed; the rest stay as they are. */
    private <T> void writeRows(String table, String merchant, List<T> before, List<T> now, Function<T, String> id,
                               Function<T, Object[]> columns) throws SQLException {
        Map<String, T> kept = new HashMap<>();
        before.forEach(value -> kept.put(id.apply(value), value));
        Set<String> current = new HashSet<>();
        now.forEach(value -> current.add(id.apply(value)));
        for (String gone : kept.keySet()) {
            if (!current.contains(gone)) {
                execute("DELETE FROM " + table + " WHERE merchant = ? AND id = ?", merchant, gone);
            }
        }
        for (T value : now) {
            if (!value.equals(kept.get(id.apply(value)))) {
                Object[] row = columns.apply(value);
                execute("INSERT OR REPLACE INTO " + table + " VALUES (" + "?, ".repeat(row.length - 1) + "?)", row);
            }
        }
    }

    private void writePlannedOutcomes(String merchant, Map<String, List<ProcessingStatus>> planned) throws SQLException {
        execute("DELETE FROM planned_outcomes WHERE merchant = ?", merchant);
        for (Map.Entry<String, List<ProcessingStatus>> type : planned.entrySet()) {
            for (int position = 0; position < type.getValue().size(); position++) {
                execute("INSERT INTO planned_outcomes VALUES (?, ?, ?, ?)", merchant, type.getKey(), position,
                        type.getValue().get(position).name());
            }
        }
    }

    private void keepCounters(Counters counters) throws SQLException {
        String upsert = "INSERT INTO counters VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET next = max(next, excluded.next)";
        execute(upsert, "schedule", counters.nextSchedule());
        execute(upsert, "report", counters.nextReport());
        execute(upsert, "document", counters.nextDocument());
    }

    private synchronized void forgetEverything() {
        inTransaction(() -> {
            for (String table : FORGOTTEN_BY_RESET) {
                update(connection, "DELETE FROM " + table);
            }
        });
        written.clear();
    }

    @Override
    public synchronized List<Entry> entries() {
        try {
            List<Entry> entries = new ArrayList<>();
            for (Row row : rows("SELECT merchant, idempotency_key, request, first_used, reply FROM idempotency_keys ORDER BY position")) {
                entries.add(new Entry(merchant(row.text(1)), row.text(2), row.text(3), Instant.parse(row.text(4)), row.text(5)));
            }
            return entries;
        } catch (SQLException | RuntimeException e) {
            throw directory.refused(DataDirectory.DATABASE + " holds idempotency keys this stub cannot read (" + DataDirectory.oneLine(e) + ")");
        }
    }

    @Override
    public synchronized void keep(Entry entry, Instant forgetUsedBefore) {
        String merchant = entry.merchant().toString();
        inTransaction(() -> {
            execute("DELETE FROM idempotency_keys WHERE merchant = ? AND first_used < ?", merchant, forgetUsedBefore.toString());
            execute("INSERT OR REPLACE INTO idempotency_keys (merchant, idempotency_key, request, first_used, reply) VALUES (?, ?, ?, ?, ?)",
                    merchant, entry.key(), entry.request(), entry.firstUsed().toString(), entry.reply());
        });
    }

    /** Writes what is still in the WAL into the database file and lets go of the directory. */
    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the WAL is replayed at the next start
        } finally {
            directory.close();
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) {
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the failure below says what matters
            }
            throw new StoreUnavailable("The data directory " + directory.path() + " could not be written: "
                    + DataDirectory.oneLine(e), e);
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A result row's values, read at once so the statement can close. */
    private record Row(List<Object> values) {
        String text(int column) {
            Object value = values.get(column - 1);
            return value == null ? null : value.toString();
        }

        long number(int column) {
            return ((Number) values.get(column - 1)).longValue();
        }
    }

    private List<Row> rows(String sql) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet found = statement.executeQuery(sql)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(found.getObject(i));
                }
                rows.add(new Row(values));
            }
        }
        return rows;
    }

    private long next(String maxSql) throws SQLException {
        List<Row> found = rows(maxSql);
        Object max = found.get(0).values().get(0);
        return max == null ? 0 : ((Number) max).longValue() + 1;
    }

    private static MerchantId merchant(String key) {
        int colon = key.indexOf(':');
        return new MerchantId(key.substring(0, colon), key.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "SqliteStore[" + Objects.toString(directory.path()) + "]";
    }
}
