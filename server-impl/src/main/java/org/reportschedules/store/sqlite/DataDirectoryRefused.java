package org.reportschedules.store.sqlite;

/** A data directory the stub will not start on; the message is one line naming the directory and what is wrong. */
public final class DataDirectoryRefused extends RuntimeException {

    DataDirectoryRefused(java.nio.file.Path directory, String what) {
        super("Cannot use the data directory " + directory + ": " + what);
    }
}
