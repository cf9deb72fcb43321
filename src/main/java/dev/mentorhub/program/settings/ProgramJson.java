package dev.mentorhub.program.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** Reads and writes the program tables' JSON columns. */
public final class ProgramJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private ProgramJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    public static ProgramWeights weights(String json) {
        return read(json, new TypeReference<>() {
        });
    }

    public static List<ProgramQuestion> questions(String json) {
        return read(json, new TypeReference<>() {
        });
    }

    public static Map<String, Object> map(String json) {
        return read(json, new TypeReference<>() {
        });
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON does not read as " + type.getType(), e);
        }
    }
}
