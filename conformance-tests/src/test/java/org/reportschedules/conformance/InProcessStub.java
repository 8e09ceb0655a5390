package org.reportschedules.conformance;

import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.reportschedules.conformance.profile.ProfileFile;
import org.reportschedules.conformance.profile.TargetProfile;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.server.StubServer;
import org.reportschedules.server.StubSettings;

/**
 * The build's default target: unless the run names one (-Dconformance.baseUri), the stub is started
 * in-process on a free loopback port, knowing the built-in profile's MWS key, and judged by that profile.
 * This is the only place the suite meets the stub's classes, and only in test scope.
 */
public final class InProcessStub implements LauncherSessionListener {

    private StubServer stub;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Target.isConfigured()) {
            return;
        }
        TargetProfile profile = ProfileFile.builtIn();
        SigningKeys keys = SigningKeys.parse(List.of(profile.mws().accessKeyId() + "=" + profile.mws().secretKey()));
        stub = StubServer.start(StubSettings.onPort(0).withMws(MwsSettings.defaults().withSigningKeys(keys)));
        Target.use(profile.at(stub.uri()));
        System.out.println("Conformance target: built-in stub at " + stub.uri());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stub != null) {
            stub.close();
        }
    }
}
