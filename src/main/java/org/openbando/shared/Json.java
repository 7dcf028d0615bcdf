package org.openbando.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON that the application itself wrote and stores (proposal contents, snapshots, rule inputs, lists of reasons):
 * failing to write or read it back is a bug, not bad input, so it is an {@link IllegalStateException} naming what.
 * Reads are marked as {@link JsonLimits#STORED}: what was stored stays readable when the rules for input change.
 */
public final class Json {

    private Json() {
    }

    public static String write(ObjectMapper mapper, Object value, String what) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " cannot be written as JSON", e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String text, Class<T> type, String what) {
        try {
            return mapper.readerFor(type).withAttribute(JsonLimits.STORED, Boolean.TRUE).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " cannot be read", e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String text, TypeReference<T> type, String what) {
        try {
            return mapper.readerFor(type).withAttribute(JsonLimits.STORED, Boolean.TRUE).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " cannot be read", e);
        }
    }

    public static JsonNode tree(ObjectMapper mapper, String text, String what) {
        try {
            return mapper.reader().withAttribute(JsonLimits.STORED, Boolean.TRUE).readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " cannot be read", e);
        }
    }
}
