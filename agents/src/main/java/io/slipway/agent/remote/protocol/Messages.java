package io.slipway.agent.remote.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes {@link Message}s as JSON text. Thread-safe. */
public final class Messages {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Messages() {
    }

    /** The mapper used for messages (also for the values inside them, such as test reports). */
    public static ObjectMapper mapper() {
        return JSON;
    }

    public static String write(Message message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + message.getClass().getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The message in {@code text}; an {@link IllegalArgumentException} naming what is wrong otherwise. */
    public static Message read(String text) {
        try {
            return JSON.readValue(text, Message.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a message: " + e.getOriginalMessage(), e);
        }
    }
}
