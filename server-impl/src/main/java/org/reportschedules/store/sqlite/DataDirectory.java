package org.reportschedules.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * The directory given with --data-dir, taken for one stub: created when missing, locked against a second stub,
 * and its database checked before anything is written to it. Whatever is wrong (not a directory, in use, not a
 * SQLite file, damaged, another program's file, another format version) refuses the start with one line and
 * leaves every file as it was.
 */
final class DataDirectory implements AutoCloseable {

    static final String DATABASE = "stub.db";
    static final String LOCK = "stub.lock";

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the directory: creates it when missing, and holds its lock until {@link #close()} (or the process ends). */
    static DataDirectory take(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new DataDirectoryRefused(directory, "it is not a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DataDirectoryRefused(directory, "it cannot be created (" + e + ")");
        }
        if (!Files.isWritable(directory)) {
            throw new DataDirectoryRefused(directory, "it is not writable");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new DataDirectoryRefused(directory, "its lock file " + LOCK + " cannot be opened (" + e + ")");
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held by this process: another stub in the same JVM
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataDirectoryRefused(directory, "its lock file " + LOCK + " cannot be locked (" + e + ")");
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataDirectoryRefused(directory, "another stub is using it (" + LOCK + " is locked); stop that one first");
        }
        return new DataDirectory(directory, channel, lock);
    }

    /**
     * The database, checked: a new one is made aside and moved in whole, so a start killed half-way never leaves
     * a file that would be refused next time; an existing one is opened only if it reads as this format's.
     *
     * @param makeSchema writes a new database's tables and format rows
     * @param checkFormat refuses (with a {@link DataDirectoryRefused}) a database that is not of this format
     */
    Connection database(Consumer<Connection> makeSchema, Consumer<Connection> checkFormat) {
        Path database = directory.resolve(DATABASE);
        if (!Files.exists(database)) {
            makeNew(database, makeSchema);
        }
        try {
            if (Files.size(database) == 0) {
                throw refused(DATABASE + " is empty (0 bytes), so not a database this stub wrote; move it away to start afresh");
            }
        } catch (IOException e) {
            throw refused(DATABASE + " cannot be read (" + e + ")");
        }
        Connection connection = open(database);
        try {
            String check = singleText(connection, "PRAGMA quick_check");
            if (!"ok".equals(check)) {
                throw refused(DATABASE + " is damaged (SQLite's quick_check: " + check + ")");
            }
            checkFormat.accept(connection);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw refused(DATABASE + " is not a readable SQLite database (" + oneLine(e) + ")");
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    DataDirectoryRefused refused(String what) {
        return new DataDirectoryRefused(directory, what);
    }

    Path path() {
        return directory;
    }

    private void makeNew(Path database, Consumer<Connection> makeSchema) {
        Path aside = directory.resolve(DATABASE + ".new");
        try {
            Files.deleteIfExists(aside);
            try (Connection connection = open(aside)) {
                makeSchema.accept(connection);
            }
            Files.move(aside, database, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw refused("a new " + DATABASE + " cannot be made in it (" + oneLine(e) + ")");
        }
    }

    private Connection open(Path database) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + database);
        } catch (SQLException e) {
            throw refused(DATABASE + " cannot be opened (" + oneLine(e) + ")");
        }
    }

    static String singleText(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's closing releases it too
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing left to do with it
        }
    }
}
