package org.entekhabat.polling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entekhabat.platform.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The station package as JSON (ISO dates, Latin digits): read, checked, written. */
public final class StationPackageJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private StationPackageJson() {}

    /** Parses and checks a package; bad input is a {@link DomainException} naming the first problem. */
    public static StationPackage parse(String json) {
        StationPackage p;
        try {
            p = JSON.readValue(json, StationPackage.class);
        } catch (JacksonException e) {
            throw DomainException.badInput("station-package.json", "بستهٔ شعبه JSON معتبری نیست: " + e.getOriginalMessage(),
                    "The station package is not valid JSON: " + e.getOriginalMessage());
        }
        var problems = p.problems();
        if (!problems.isEmpty()) {
            throw DomainException.badInput("station-package.invalid", "بستهٔ شعبه نادرست است: " + problems.getFirst(),
                    "The station package is not valid: " + String.join("; ", problems));
        }
        return p;
    }

    public static String write(StationPackage p) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p);
    }

    public static StationPackage read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the station package " + file, e);
        }
    }

    /** A demo fixture from {@code demo/packages/NAME.json} on the class path. */
    public static StationPackage demo(String name) {
        try (var in = StationPackageJson.class.getResourceAsStream("/demo/packages/" + name + ".json")) {
            if (in == null) throw new IllegalArgumentException("no demo package " + name);
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
