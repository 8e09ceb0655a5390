package org.reportschedules.server;

import org.reportschedules.clock.StubClock;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.pay.PaySettings;

/**
 * Everything the stub can be told at start-up.
 *
 * @param host  interface to listen on
 * @param port  port to listen on; 0 picks a free one
 * @param clock where every time-dependent rule reads the time; the admin API moves it
 * @param pay   the Amazon Pay dialect's switchable choices
 * @param mws   the MWS dialect's keys, signature mode, throttling and report-type rule
 */
public record StubSettings(String host, int port, StubClock clock, PaySettings pay, MwsSettings mws) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    /** The embedded defaults, on the given port. */
    public static StubSettings onPort(int port) {
        return new StubSettings(DEFAULT_HOST, port, StubClock.system(), PaySettings.defaults(), MwsSettings.defaults());
    }

    public StubSettings withPay(PaySettings newPay) {
        return new StubSettings(host, port, clock, newPay, mws);
    }

    public StubSettings withMws(MwsSettings newMws) {
        return new StubSettings(host, port, clock, pay, newMws);
    }
}
