package org.reportschedules.mws;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.text.EchoedValue;

/**
 * The parameters of one MWS request, from its query string and its form body together (real clients use
 * either), already URL-decoded, in the order received.
 */
public record MwsParameters(Map<String, String> values) {

    public MwsParameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Reads the query string and the form body, both still URL-encoded, as one set of parameters. Refuses
     * a parameter given twice (reading one of them would let the other pass unchecked), malformed encoding,
     * and characters an XML answer could never carry (the live service refused them too).
     */
    public static MwsParameters decode(String rawQuery, String formBody) {
        Map<String, String> parameters = new LinkedHashMap<>();
        decodeInto(rawQuery, parameters);
        decodeInto(formBody, parameters);
        return new MwsParameters(parameters);
    }

    /** The value, or empty when the parameter is absent or blank. */
    public Optional<String> get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public String required(String name) {
        return get(name).orElseThrow(() -> MwsError.missing(name).rejection());
    }

    /**
     * The seller the request acts for: SellerId, or Merchant as the official Java client sends it. Both naming
     * different sellers is refused: picking one would act for a seller the client may not have meant.
     */
    public Optional<String> seller() {
        Optional<String> sellerId = get("SellerId");
        Optional<String> merchant = get("Merchant");
        if (sellerId.isPresent() && merchant.isPresent() && !sellerId.equals(merchant)) {
            throw new MwsError(MwsErrorCode.InvalidParameterValue, "SellerId " + EchoedValue.of(sellerId.get()) + " and Merchant "
                    + EchoedValue.of(merchant.get()) + " name different sellers; give one of them.").rejection();
        }
        return sellerId.or(() -> merchant);
    }

    /** The merchant whose schedules and quotas the request's seller reads and uses. */
    public Optional<MerchantId> merchant() {
        return seller().map(MwsParameters::merchantOf);
    }

    /** The merchant of an MWS seller: sellers are a realm of their own, apart from Amazon Pay's merchants. */
    public static MerchantId merchantOf(String sellerId) {
        return new MerchantId("mws", sellerId);
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

    private static void decodeInto(String encoded, Map<String, String> parameters) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodeText(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeText(pair.substring(equals + 1));
            if (!name.isEmpty()) {
                refuseWhatXmlCannotCarry(name, value);
                if (parameters.putIfAbsent(name, value) != null) {
                    throw new MwsError(MwsErrorCode.InvalidParameterValue,
                            "Parameter " + name + " is given more than once.").rejection();
                }
            }
        }
    }

    private static void refuseWhatXmlCannotCarry(String name, String value) {
        int illegal = Math.max(XmlCharacters.firstIllegal(name), XmlCharacters.firstIllegal(value));
        if (illegal >= 0) {
            throw new MwsError(MwsErrorCode.InvalidParameterValue, String.format(
                    "Parameter %s contains the character U+%04X, which MWS does not accept.",
                    XmlCharacters.sanitize(name), illegal)).rejection();
        }
    }

    private static String decodeText(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MwsError(MwsErrorCode.InvalidParameterValue, "Malformed URL encoding in '" + EchoedValue.of(text) + "'.").rejection();
        }
    }
}
