package org.reportschedules.server;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.ConnectionProbe;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Puts {@link ServerLimits} on a Grizzly listener. A stalled client holds no worker thread while its head is
 * incomplete (Grizzly parses on its selector threads), so the idle timeout is what frees its connection; a client
 * whose body is incomplete holds no worker either ({@link BufferedBodies}); its deadline is the same duration.
 */
final class ListenerLimits {

    private ListenerLimits() {
    }

    static void apply(NetworkListener listener, ServerLimits limits) {
        listener.setMaxHttpHeaderSize(limits.parserHeadBytes());
        int idleSeconds = (int) Math.max(1, limits.idleTimeout().toSeconds());
        listener.getKeepAlive().setIdleTimeoutInSeconds(idleSeconds);
        listener.getTransport().setReadTimeout(limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
        listener.getTransport().getConnectionMonitoringConfig().addProbes(new ConnectionCap(limits.maxConnections()));
    }

    /** Closes a newly accepted connection at once while the listener already holds the most it may. */
    private static final class ConnectionCap extends ConnectionProbe.Adapter {

        private final int max;
        private final Set<Connection<?>> open = ConcurrentHashMap.newKeySet();

        ConnectionCap(int max) {
            this.max = max;
        }

        @Override
        public void onAcceptEvent(Connection serverConnection, Connection clientConnection) {
            if (open.size() >= max) {
                clientConnection.closeSilently();
                return;
            }
            open.add(clientConnection);
        }

        @Override
        public void onCloseEvent(Connection connection) {
            open.remove(connection);
        }
    }
}
