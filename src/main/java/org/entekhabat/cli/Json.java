package org.entekhabat.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** --json output: pretty, stable, Latin digits. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
