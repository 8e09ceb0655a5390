package org.reportschedules.server;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Standard error for the runnable jar, written out in batches. slf4j-simple prints the access log's line and then
 * flushes, one write to the file or pipe per request under its lock: with the log going to a file that cost a GET
 * about a fifth of its throughput. Here a flush does nothing: whatever was printed, flushed or not, is written at
 * most {@link #LATENCY_MILLIS} later, when the buffer fills, at the stop and when the JVM exits. The lines are
 * exactly the same. Whole lines can also be {@link #queue queued} without taking the stream's lock (the access log's);
 * they are written in the order they were queued, and before anything printed after them.
 */
final class BatchedStandardError extends OutputStream {

    static final long LATENCY_MILLIS = 20;

    /** The one installed, if any (the runnable jar's; tests that run the command in-process have none). */
    private static volatile BatchedStandardError installed;

    /** Queued lines waiting beyond this many bytes make the next one write them: a slow reader slows the stub, as before. */
    static final int MOST_QUEUED_BYTES = 1 << 20;

    private final OutputStream out;
    private final Queue<byte[]> queued = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queuedBytes = new AtomicInteger();

    BatchedStandardError(OutputStream out) {
        this.out = new BufferedOutputStream(out, 64 * 1024);
    }

    /** Puts a batched standard error in place for the rest of the JVM's life. */
    static void install() {
        BatchedStandardError batched = new BatchedStandardError(new FileOutputStream(FileDescriptor.err));
        PrintStream stream = new PrintStream(batched, false, Charset.defaultCharset());
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "stderr-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(batched::writeBuffered, LATENCY_MILLIS, LATENCY_MILLIS, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(batched::writeBuffered, "stderr-writer-at-exit"));
        installed = batched;
        System.setErr(stream);
    }

    /** The batched standard error the runnable jar installed; none in a JVM that did not start as the jar. */
    static Optional<BatchedStandardError> installed() {
        return Optional.ofNullable(installed);
    }

    /** Writes what is buffered now: at the stop, once the last request's line was logged. */
    static void writeNow() {
        BatchedStandardError batched = installed;
        if (batched != null) {
            batched.writeBuffered();
        }
    }

    /** A whole line, written with the next batch. */
    void queue(byte[] line) {
        queued.add(line);
        if (queuedBytes.addAndGet(line.length) > MOST_QUEUED_BYTES) {
            writeBuffered();
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        takeQueued();
        out.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        takeQueued();
        out.write(bytes, offset, length);
    }

    /** Moves the queued lines into the buffer, in their order; called holding the lock. */
    private void takeQueued() throws IOException {
        for (byte[] line = queued.poll(); line != null; line = queued.poll()) {
            queuedBytes.addAndGet(-line.length);
            out.write(line);
        }
    }

    /** Nothing: {@link #writeBuffered()} writes soon enough, and a write per flush is what this class saves. */
    @Override
    public void flush() {
    }

    /** Writes whatever was printed so far (no system call when nothing was). */
    synchronized void writeBuffered() {
        try {
            takeQueued();
            out.flush();
        } catch (IOException closed) {
            // Standard error gone (a closed pipe): there is nowhere left to say so.
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
