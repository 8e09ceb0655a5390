package org.reportschedules.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;

import org.reportschedules.pay.http.PayJson;

/**
 * JSON for every dialect that speaks it: unknown fields, fields given twice and trailing tokens are refused, absent values are
 * left out of answers. The Amazon Pay models get Amazon Pay's own reading rules on top (see {@link PayJson}).
 */
public final class JsonMapping implements ContextResolver<ObjectMapper> {

    private static final String PAY_MODELS = "org.reportschedules.api.pay.model";

    private final ObjectMapper strict = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A field given twice would otherwise be read as its last value, unseen by the rules that checked the first.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final ObjectMapper pay = PayJson.withPayRules(strict.copy());

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return type.getPackageName().startsWith(PAY_MODELS) ? pay : strict;
    }
}
