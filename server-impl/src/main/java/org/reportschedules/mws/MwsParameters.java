package org.reportschedules.mws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parameters of one MWS request, from its query string and its form body together (real clients use
 * either), already URL-decoded, in the order received.
 */
public record MwsParameters(Map<String, String> values) {

    public MwsParameters {
        values = Collections.unmodifiableMap(values);
    }

    /** The value, or empty when the parameter is absent or blank. */
    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public String required(String name) {
        return get(name).orElseThrow(() -> MwsError.missing(name).rejection());
    }

    /** The seller the request acts for: SellerId, or Merchant as the official Java client sends it. */
    public Optional<String> seller() {
        return get("SellerId").or(() -> get("Merchant"));
    }

    /** The values of a numbered list such as ReportTypeList.Type.1, .2, ..., in the order of their numbers. */
    public List<String> numbered(String prefix) {
        TreeMap<Integer, String> byNumber = new TreeMap<>();
        values.forEach((name, value) -> {
            if (name.startsWith(prefix) && !value.isBlank()) {
                String number = name.substring(prefix.length());
                if (!number.matches("[1-9]\\d{0,8}")) {
                    throw MwsError.invalidValue(name, value, "list members are numbered from 1").rejection();
                }
                byNumber.put(Integer.parseInt(number), value);
            }
        });
        return new ArrayList<>(byNumber.values());
    }
}
