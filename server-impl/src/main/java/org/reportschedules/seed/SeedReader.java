package org.reportschedules.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.mws.MwsParameters;
import org.reportschedules.mws.MwsSchedules;
import org.reportschedules.pay.PayContractValues;
import org.reportschedules.pay.PayMerchants;
import org.reportschedules.text.EchoedValue;

/**
 * Reads a seed file, JSON or YAML (one model), into checked merchants: every mistake the file can hold by
 * itself is refused here, before the stub starts, in one line naming the place.
 */
final class SeedReader {

    private static final List<String> TOP = List.of("merchants");
    private static final List<String> MERCHANT = List.of("publicKeyId", "environment", "sellerId", "schedules", "reports");
    private static final List<String> ENVIRONMENTS = List.of("live", "sandbox");

    private final String source;
    private final SeedEntries entries;

    private SeedReader(String source, SeedEntries entries) {
        this.source = source;
        this.entries = entries;
    }

    static List<SeededMerchant> read(String source, String text) {
        SeedReader reader = new SeedReader(source, new SeedEntries(PayContractValues.fromContract(), MwsSchedules.fromContract()));
        SeedNode top = new SeedNode(source, "", reader.tree(text)).withOnly("a seed file", TOP);
        if (!top.has("merchants")) {
            throw top.refused("merchants is missing: a list of merchants, each with publicKeyId or sellerId");
        }
        List<SeededMerchant> merchants = new ArrayList<>();
        Map<MerchantId, String> seen = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (SeedNode node : top.list("merchants")) {
            SeededMerchant merchant = reader.merchant(node);
            String earlier = seen.putIfAbsent(merchant.merchant(), node.place());
            if (earlier != null) {
                throw node.refused("names the same merchant as " + earlier + " (" + merchant.merchant() + "): give its schedules and reports there");
            }
            reader.onePerReportType(merchant);
            for (SeededSchedule schedule : merchant.schedules()) {
                schedule.id().ifPresent(id -> {
                    String first = ids.putIfAbsent(id, schedule.place());
                    if (first != null) {
                        throw new SeedRefused(source, schedule.place() + ".reportScheduleId", id + " is already the id of " + first);
                    }
                });
            }
            merchants.add(merchant);
        }
        return List.copyOf(merchants);
    }

    private JsonNode tree(String text) {
        ObjectMapper mapper = looksLikeJson(text) ? JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build()
                : new YAMLMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new SeedRefused(source, "", "the file is empty; it needs merchants: a list of merchants");
            }
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new SeedRefused(source, where, "not " + (mapper instanceof YAMLMapper ? "YAML" : "JSON") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("").strip());
        }
    }

    /** By the file's extension; without one that says, by its first character. */
    private boolean looksLikeJson(String text) {
        String name = source.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return false;
        }
        return text.strip().startsWith("{");
    }

    private SeededMerchant merchant(SeedNode node) {
        node.withOnly("a merchant", MERCHANT);
        SeedApi api;
        MerchantId merchant;
        if (node.has("sellerId")) {
            if (node.has("publicKeyId") || node.has("environment")) {
                throw node.refused("give sellerId (an MWS seller) or publicKeyId (an Amazon Pay merchant), not both");
            }
            api = SeedApi.MWS;
            merchant = MwsParameters.merchantOf(node.text("sellerId"));
        } else {
            if (!node.has("publicKeyId")) {
                throw node.refused("publicKeyId (an Amazon Pay merchant) or sellerId (an MWS seller) is missing");
            }
            Optional<String> environment = node.optionalText("environment");
            if (environment.isPresent() && !ENVIRONMENTS.contains(environment.get())) {
                throw node.refused("environment", EchoedValue.of(environment.get()) + " is not live or sandbox");
            }
            api = SeedApi.AMAZON_PAY;
            merchant = PayMerchants.ofPublicKeyId(node.text("publicKeyId"), environment);
        }
        return new SeededMerchant(node.place(), merchant, api,
                node.list("schedules").stream().map(schedule -> entries.schedule(api, schedule)).toList(),
                node.list("reports").stream().map(report -> entries.report(api, report)).toList());
    }

    /** The API's rule: one schedule per report type per merchant. */
    private void onePerReportType(SeededMerchant merchant) {
        Map<String, String> byType = new HashMap<>();
        for (SeededSchedule schedule : merchant.schedules()) {
            String first = byType.putIfAbsent(schedule.reportType(), schedule.place());
            if (first != null) {
                throw new SeedRefused(source, schedule.place() + "." + merchant.api().reportTypeField, schedule.reportType()
                        + " is already scheduled for this merchant at " + first + " (one schedule per report type)");
            }
        }
    }
}
