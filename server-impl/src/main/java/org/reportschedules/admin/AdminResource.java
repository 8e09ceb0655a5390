package org.reportschedules.admin;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.admin.StubAdminApi;
import org.reportschedules.api.admin.model.ClockAdvance;
import org.reportschedules.api.admin.model.ClockState;
import org.reportschedules.mws.RequestQuotas;
import org.reportschedules.pay.PayError;
import org.reportschedules.store.ScheduleStore;

/** The stub-only controls: its clock and a reset of all state. */
public class AdminResource implements StubAdminApi {

    private final StubClock clock;
    private final ScheduleStore store;
    private final RequestQuotas quotas;

    @Inject
    public AdminResource(StubClock clock, ScheduleStore store, RequestQuotas quotas) {
        this.clock = clock;
        this.store = store;
        this.quotas = quotas;
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
            throw PayError.missingValue("by").rejection();
        }
        try {
            clock.advance(Duration.parse(advance.getBy()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new PayError(400, "InvalidParameterValue",
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
        store.clear();
        quotas.clear();
        return Response.noContent().build();
    }

    private Response clockState() {
        return Response.ok(new ClockState().now(clock.instant().toString()).frozen(clock.isFrozen())).build();
    }
}
