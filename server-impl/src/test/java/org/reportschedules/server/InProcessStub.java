package org.reportschedules.server;

import java.net.URI;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One stub for a test class, in-process on a free port: started before its first test, closed after its last. */
final class InProcessStub implements BeforeAllCallback, AfterAllCallback {

    private final StubSettings settings;
    private StubServer server;

    InProcessStub(StubSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = StubServer.start(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    URI uri() {
        return server.uri();
    }
}
