package org.reportschedules.server;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Answers requests that offer a protocol upgrade ({@code Upgrade: h2c}, {@code Upgrade: websocket}, ...) as plain
 * HTTP/1.1 requests, which RFC 9110 section 7.8 allows ("a server MAY ignore a received Upgrade header field").
 *
 * <p>Why: on seeing an {@code Upgrade} header, Grizzly's HTTP codec stops honouring {@code Content-Length} and
 * {@code Transfer-Encoding} for the request ("ignore content modifiers"), expecting an upgrade filter to take the
 * connection over. Without one, the body of such a POST never ends: Jersey waits ~30 s, gets
 * {@code IOException: TimeoutException} and answers 500 (glassfish-grizzly #1972 and #2117, jersey #6059).
 * java.net.http.HttpClient sends {@code Upgrade: h2c} on its first cleartext request by default, so every partner
 * using it would hit this.
 *
 * <p>How: the codec announces the upgrade with an {@link HttpEvents.IncomingHttpUpgradeEvent} before it looks at the
 * body framing; the filter this AddOn puts right after the codec handles that event the way Grizzly's own HTTP/2
 * filter does for the requests it accepts: it switches content modifiers back on. It also clears the codec's upgrade
 * marker, so the connection is kept alive as for any HTTP/1.1 request instead of being closed after the response.
 * The {@code Upgrade} header itself stays visible to the application.
 */
final class IgnoreUpgradeOffers implements AddOn {

    /** Registers the AddOn on every listener of {@code http}; call it before {@link HttpServer#start()}. */
    static void installOn(HttpServer http) {
        http.getListeners().forEach(listener -> listener.registerAddOn(new IgnoreUpgradeOffers()));
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
        if (codec < 0) {
            throw new IllegalStateException("No Grizzly HTTP codec filter on listener " + listener.getName());
        }
        builder.add(codec + 1, new Filter());
    }

    private static final class Filter extends BaseFilter {
        @Override
        public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) {
            if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
                if (header.isRequest()) {
                    header.setIgnoreContentModifiers(false); // read the body per Content-Length / chunked again
                    header.getUpgradeDC().recycle();         // not an upgrade: keep-alive, no close after the response
                    return ctx.getStopAction();
                }
            }
            return ctx.getInvokeAction();
        }
    }
}
