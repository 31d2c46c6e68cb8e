package io.slipway.gateway.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The JSON form of the entities, in Kong's field names ({@code snake_case}), with absent optional
 * fields written as null. The store keeps entities in this form and the Admin API shows it.
 */
public final class KongJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addSerializer(Double.class, new WholeNumbers()).addSerializer(double.class, new WholeNumbers()))
            .build();

    /** Writes 1.0 as 1, as Kong shows numbers such as health-check intervals. */
    private static final class WholeNumbers extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Double> {
        WholeNumbers() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, com.fasterxml.jackson.core.JsonGenerator out,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                out.writeNumber(value.longValue());
            } else {
                out.writeNumber(value);
            }
        }
    }

    private KongJson() {}

    /** The shared mapper (thread-safe); do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(Entity entity) {
        return MAPPER.valueToTree(entity);
    }

    /** Reads an entity from its Kong JSON form; the input must already be valid for its type. */
    public static <T extends Entity> T fromJson(JsonNode json, Class<T> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static String write(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
