package org.reportschedules.pay.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * How Amazon Pay request bodies are read, beyond plain strict JSON: a boolean may arrive as true or "true"
 * (the Java SDK's README sends the text), but not as 1, "TRUE", "" or null; a number or a boolean is never taken
 * for a string or an enum value.
 */
public final class PayJson {

    private PayJson() {
    }

    /** Adds the Pay rules to a mapper and returns it. */
    public static ObjectMapper withPayRules(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule().addDeserializer(Boolean.class, new ContractBooleans()));
        for (LogicalType text : new LogicalType[] {LogicalType.Textual, LogicalType.Enum}) {
            for (CoercionInputShape notText : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                    CoercionInputShape.Boolean}) {
                mapper.coercionConfigFor(text).setCoercion(notText, CoercionAction.Fail);
            }
        }
        return mapper;
    }

    /** true, false, "true" or "false"; Jackson's own reading also takes 1, "TRUE" and "" (as null). */
    private static final class ContractBooleans extends StdScalarDeserializer<Boolean> {

        ContractBooleans() {
            super(Boolean.class);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            if (token == JsonToken.VALUE_STRING && (parser.getText().equals("true") || parser.getText().equals("false"))) {
                return parser.getText().equals("true");
            }
            return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
        }

        /** A JSON null is no boolean: the contract's flag is true or false, and absent means false. */
        @Override
        public Boolean getNullValue(DeserializationContext context) throws JsonMappingException {
            return (Boolean) context.reportInputMismatch(this, "null is not a boolean");
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
