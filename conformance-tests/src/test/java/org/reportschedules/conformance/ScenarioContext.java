package org.reportschedules.conformance;

import java.util.Map;

import io.restassured.response.Response;
import org.reportschedules.conformance.pay.PayMerchant;

/** What one scenario remembers between its steps; a new one per scenario (picocontainer). */
public final class ScenarioContext {

    public PayMerchant merchant = PayMerchant.fresh();
    public PayMerchant secondMerchant;
    public Response response;
    /** The schedule a Given step created, as the target listed it right after creating it. */
    public Map<String, Object> existingSchedule;
    /** The id the last successful create answered with. */
    public String createdId;

    public String existingId() {
        if (existingSchedule == null) {
            throw new IllegalStateException("The scenario has no existing schedule: add a Given step that creates one");
        }
        return existingSchedule.get("reportScheduleId").toString();
    }
}
