package org.reportschedules.admin;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.admin.StubAdminApi;
import org.reportschedules.api.admin.model.ClockAdvance;
import org.reportschedules.api.admin.model.ClockState;
import org.reportschedules.clock.StubClock;
import org.reportschedules.store.StubState;

/** The stub-only controls: its clock and a reset of all state. */
public class AdminResource implements StubAdminApi {

    private final StubClock clock;
    private final StubState state;

    @Inject
    public AdminResource(StubClock clock, StubState state) {
        this.clock = clock;
        this.state = state;
    }

    @Override
    public Response getClock() {
        return clockState();
    }

    @Override
    public Response freezeClock() {
        clock.freeze();
        return clockState();
    }

    @Override
    public Response advanceClock(ClockAdvance advance) {
        if (advance == null || advance.getBy() == null || advance.getBy().isBlank()) {
            throw new AdminError(AdminErrorCode.MissingField, "The field by is missing: give a positive ISO 8601 duration such as PT45S.").rejection();
        }
        try {
            clock.advance(Duration.parse(advance.getBy()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new AdminError(AdminErrorCode.InvalidField,
                    "The value provided for by is invalid: " + advance.getBy() + ". Use a positive ISO 8601 duration such as PT45S.").rejection();
        }
        return clockState();
    }

    @Override
    public Response resumeClock() {
        clock.resume();
        return clockState();
    }

    @Override
    public Response reset() {
        state.resetAll();
        return Response.noContent().build();
    }

    private Response clockState() {
        return Response.ok(new ClockState().now(clock.instant().toString()).frozen(clock.isFrozen())).build();
    }
}
