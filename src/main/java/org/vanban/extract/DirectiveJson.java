package org.vanban.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON form of a {@link Directive}: the schema documented in README, one object per line for NDJSON. */
public final class DirectiveJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private DirectiveJson() {}

    /** One line of JSON, no line breaks inside. */
    public static String line(Directive directive) {
        try {
            return MAPPER.writeValueAsString(directive);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write directive as JSON", e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
