package org.reportschedules.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.glassfish.grizzly.ReadHandler;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.io.NIOInputStream;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Receives a request's body before the stub works on the request, without holding a worker thread meanwhile, as a
 * proxy buffers a body before it reaches the application. Read by Jersey instead, a body trickled one byte at a
 * time holds a worker for as long as the client likes (the read timeout starts again at every byte), and Grizzly has
 * only two workers per core: a handful of slow clients would stop the stub for everyone.
 * <p>
 * The whole body must arrive within the idle timeout after the head; a body still incomplete then has its
 * connection closed without an answer (the stub never saw the whole request, so it acted on none of it). A declared
 * body over the size limit is not waited for: the dialect refuses it by its Content-Length.
 */
final class BufferedBodies extends HttpHandler {

    private final HttpHandler next;
    private final long maxBodyBytes;
    private final Duration deadline;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stub-body-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    BufferedBodies(HttpHandler next, long maxBodyBytes, Duration deadline) {
        this.next = next;
        this.maxBodyBytes = maxBodyBytes;
        this.deadline = deadline;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        HttpRequestPacket packet = request.getRequest();
        TunnelMethods.answerWithoutBody(packet);
        if (!packet.isExpectContent() || packet.getContentLength() > maxBodyBytes) {
            next.service(request, response);
            return;
        }
        response.suspend();
        AtomicBoolean handedOn = new AtomicBoolean();
        var expiry = deadlines.schedule(() -> {
            if (handedOn.compareAndSet(false, true)) {
                request.getContext().getConnection().closeSilently();
            }
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        NIOInputStream body = request.getNIOInputStream();
        body.notifyAvailable(new ReadHandler() {
            @Override
            public void onDataAvailable() {
                handOn(); // more than the limit is in: the dialect refuses it with a 413 without waiting for the rest
            }

            @Override
            public void onAllDataRead() {
                handOn();
            }

            @Override
            public void onError(Throwable failure) {
                handedOn.set(true); // the connection broke: no one is left to answer
                expiry.cancel(false);
            }

            private void handOn() {
                if (handedOn.compareAndSet(false, true)) {
                    expiry.cancel(false);
                    request.getContext().getConnection().getTransport().getWorkerThreadPool().execute(() -> serve(request, response));
                }
            }
        }, (int) Math.min(Integer.MAX_VALUE, maxBodyBytes + 1));
    }

    private void serve(Request request, Response response) {
        try {
            next.service(request, response);
        } catch (Exception e) {
            request.getContext().getConnection().closeSilently();
        } finally {
            if (response.isSuspended()) {
                response.resume();
            }
        }
    }

    @Override
    public void start() {
        next.start();
    }

    @Override
    public void destroy() {
        deadlines.shutdownNow();
        next.destroy();
    }
}
