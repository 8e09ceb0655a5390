package org.reportschedules.conformance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cucumber.java.Scenario;
import io.restassured.response.Response;
import org.reportschedules.conformance.mws.MwsSeller;
import org.reportschedules.conformance.pay.PayIdempotentCreate;
import org.reportschedules.conformance.pay.PayMerchant;
import org.reportschedules.conformance.pay.PayReportListing;

/** What one scenario remembers between its steps; a new one per scenario (picocontainer). */
public final class ScenarioContext {

    /** Set by the Given steps that name the scenario's merchants and sellers (fresh ones, or the profile's, emptied). */
    public PayMerchant merchant;
    public PayMerchant secondMerchant;
    public MwsSeller seller;
    public MwsSeller secondSeller;
    public Response response;
    /** Every response of a step that sends several requests, in order. */
    public List<Response> responses = new ArrayList<>();
    /** The schedule a Given step created, as the target listed it right after creating it. */
    public Map<String, Object> existingSchedule;
    /** The ScheduleDate the scenario sent, to the second. */
    public Instant sentScheduleDate;
    /** The id the last successful create answered with. */
    public String createdId;
    /**
     * When the scenario froze the target's clock (the start of a second): what the scenario makes is made at
     * or after it, what came before it, strictly before. Null until a scenario freezes the clock.
     */
    public Instant began;
    /** The target's clock as its admin API last answered, in a scenario that moves it. */
    public Instant targetNow;
    /** The reports the scenario asked for or saw made, by id, with their report types, in order. */
    public Map<String, String> reports = new LinkedHashMap<>();
    /** The report the scenario follows (the one a schedule made, say), by id. */
    public String reportId;
    /** The Get Reports listings of the last step that listed, in order, each with the filters it was asked with. */
    public List<PayReportListing> listings = new ArrayList<>();
    /** The ids of the merchant's reports when a step noted them, to show later that nothing was added. */
    public List<String> notedReports;
    /** The create the scenario sent with an idempotency key, to send again with the same key. */
    public PayIdempotentCreate idempotentCreate;
    /** The download url of the last report document the target issued. */
    public String documentUrl;
    /** The public key id the scenario registered with the target (key-registration), to delete once it ends. */
    public String registeredPublicKeyId;
    /** The running scenario (its tags, its log); set by a Before hook. */
    public Scenario scenario;

    /** The scenario's merchant: the one a Given step named, else the first the target lets the suite act as. */
    public PayMerchant merchant() {
        if (merchant == null) {
            merchant = PayMerchant.forScenario(0);
        }
        return merchant;
    }

    /** The scenario's seller: the one a Given step named, else the first the target lets the suite act as. */
    public MwsSeller seller() {
        if (seller == null) {
            seller = MwsSeller.forScenario(0);
        }
        return seller;
    }

    public Instant began() {
        if (began == null) {
            throw new IllegalStateException("The scenario has not frozen the target's clock: add \"Given the target's clock is frozen\"");
        }
        return began;
    }

    public String reportId() {
        if (reportId == null) {
            throw new IllegalStateException("The scenario follows no report yet: add a step that finds or asks for one");
        }
        return reportId;
    }

    public String existingId() {
        if (existingSchedule == null) {
            throw new IllegalStateException("The scenario has no existing schedule: add a Given step that creates one");
        }
        return existingSchedule.get("reportScheduleId").toString();
    }
}
