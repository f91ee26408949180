package org.entekhabat.stations.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.stations.Device;
import org.entekhabat.stations.DeviceType;
import org.entekhabat.stations.LinkType;
import org.entekhabat.stations.PlaceType;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationKind;
import org.entekhabat.stations.StationRules;

/**
 * The station import format (UTF-8, header line required):
 * {@code code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices}
 * where {@code devices} is {@code TYPE:ID;TYPE:ID} (e.g. {@code AUTH_TERMINAL:A-1;VOTING_TERMINAL:V-1})
 * and {@code link} may be empty.
 */
public final class StationCsv {

    public static final List<String> HEADER = List.of("code", "name", "address", "county_id", "province_id",
            "constituency_id", "place_type", "place_id", "kind", "expected_voters", "link", "devices");

    public record Parsed(List<Station> stations, List<String> errors) {}

    private StationCsv() {}

    public static Parsed parse(Reader reader) {
        var stations = new ArrayList<Station>();
        var errors = new ArrayList<String>();
        try (var in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null || !Csv.parseLine(stripBom(header).trim()).equals(HEADER)) {
                errors.add("line 1: header must be " + String.join(",", HEADER));
                return new Parsed(stations, errors);
            }
            String line;
            int n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    Station s = row(Csv.parseLine(line));
                    var problems = StationRules.problems(s);
                    if (problems.isEmpty()) stations.add(s);
                    else errors.add("line " + n + ": " + String.join("; ", problems));
                } catch (IllegalArgumentException e) {
                    errors.add("line " + n + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(stations, errors);
    }

    private static Station row(List<String> f) {
        if (f.size() != HEADER.size()) throw new IllegalArgumentException("expected " + HEADER.size() + " fields, got " + f.size());
        return new Station(f.get(0).trim(), f.get(1).trim(), f.get(2).trim(), f.get(3).trim(), f.get(4).trim(),
                f.get(5).trim(), enumOf(PlaceType.class, f.get(6), "place_type"), f.get(7).trim(),
                enumOf(StationKind.class, f.get(8), "kind"), number(f.get(9)),
                f.get(10).isBlank() ? null : enumOf(LinkType.class, f.get(10), "link"), devices(f.get(11)));
    }

    private static List<Device> devices(String text) {
        var out = new ArrayList<Device>();
        for (String part : text.split(";")) {
            if (part.isBlank()) continue;
            String[] kv = part.trim().split(":", 2);
            if (kv.length != 2) throw new IllegalArgumentException("device must be TYPE:ID, got '" + part + "'");
            out.add(new Device(kv[1].trim(), enumOf(DeviceType.class, kv[0], "device type")));
        }
        return out;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(PersianNumbers.latin(s.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected_voters is not a whole number: '" + s + "'");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " '" + value.trim() + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    public static String toLine(Station s) {
        var devices = s.devices().stream().map(d -> d.type().name() + ":" + d.id()).toList();
        return Csv.line(s.code(), s.name(), s.address(), s.countyId(), s.provinceId(), s.constituencyId(),
                s.placeType().name(), s.placeId(), s.kind().name(), s.expectedVoters(),
                s.link() == null ? "" : s.link().name(), String.join(";", devices));
    }
}
