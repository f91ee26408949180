package org.entekhabat.stations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Names of provinces, counties and cities by official id, read from the bundled
 * {@code data/iran-divisions} files. Only for display and the demo generator: the geography module
 * is the authority on divisions; this module stores ids only.
 */
@Component
public class DivisionNames {

    /** A city of the divisions file (شهر); numbered urban zones ("تهران 1") are left out. */
    public record City(String id, String name, String provinceId, String countyId) {}

    private final Map<String, String> provinces = read("provinces.csv", 0, 1);
    private final Map<String, String> counties = read("counties.csv", 0, 1);
    private final List<City> cities = readCities();

    public String province(String id) {
        return provinces.getOrDefault(id, id == null ? "" : id);
    }

    public String county(String id) {
        return counties.getOrDefault(id, id == null ? "" : id);
    }

    public Map<String, String> provinces() {
        return Collections.unmodifiableMap(provinces);
    }

    public Map<String, String> countiesOf(String provinceId) {
        var out = new LinkedHashMap<String, String>();
        counties.forEach((id, name) -> { if (id.startsWith(provinceId) && id.length() >= 7) out.put(id, name); });
        return out;
    }

    public List<City> citiesOf(String provinceId) {
        return cities.stream().filter(c -> c.provinceId().equals(provinceId)).toList();
    }

    private static Map<String, String> read(String file, int idCol, int nameCol) {
        var out = new LinkedHashMap<String, String>();
        for (String[] row : rows(file)) out.put(row[idCol], row[nameCol]);
        return out;
    }

    private static List<City> readCities() {
        var out = new ArrayList<City>();
        for (String[] row : rows("cities.csv")) {
            if (row[1].matches(".*\\d$")) continue; // urban zone of a city: same constituency
            out.add(new City(row[0], row[1], row[3], row[4]));
        }
        return out;
    }

    private static List<String[]> rows(String file) {
        var res = new ClassPathResource("data/iran-divisions/" + file);
        if (!res.exists()) return List.of();
        try (var in = new BufferedReader(new InputStreamReader(res.getInputStream(), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
