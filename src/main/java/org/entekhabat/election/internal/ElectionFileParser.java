package org.entekhabat.election.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.election.CouncilSize;
import org.entekhabat.election.ResidenceRule;
import org.entekhabat.election.SeatTable;
import org.entekhabat.platform.PersianNumbers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML election file (schema: docs/election-file.md) into an {@link ElectionFile}, checking
 * shapes, types, dates and unknown fields. Every problem is reported with its path; divisions are
 * checked later by {@link ElectionPlanner}.
 */
final class ElectionFileParser {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final Problems problems;

    private ElectionFileParser(Problems problems) {
        this.problems = problems;
    }

    /** @return the file, or null when it could not be read at all (the reason is in problems) */
    static ElectionFile parse(String yaml, Problems problems) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            problems.add(where, "not valid YAML: " + e.getOriginalMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add("", "the file must be a YAML mapping (id, name, electionDay, …)");
            return null;
        }
        return new ElectionFileParser(problems).file(root);
    }

    private ElectionFile file(JsonNode root) {
        fields(root, "", Set.of("id", "name", "electionDay", "cityCouncils", "villageCouncils", "listPrCouncils",
                "majlisByElections", "expertsByElections", "populationOverrides", "residenceRule", "seatTables"));
        String id = id(root, "id", "");
        var name = root.get("name");
        String nameFa = name == null ? missing("name", null) : text(name, "fa", "name", true);
        String nameEn = name == null ? null : text(name, "en", "name", true);
        if (name != null) fields(name, "name", Set.of("fa", "en"));
        var day = date(root, "electionDay");
        boolean cities = auto(root, "cityCouncils");
        boolean villages = auto(root, "villageCouncils");
        var listPr = list(root, "listPrCouncils", this::listPr);
        var majlis = list(root, "majlisByElections", this::byElection);
        var experts = list(root, "expertsByElections", this::experts);
        var overrides = list(root, "populationOverrides", this::override);
        var residence = residence(root.get("residenceRule"));
        var tables = root.get("seatTables");
        SeatTable city = SeatTable.CITY;
        SeatTable village = SeatTable.VILLAGE;
        if (tables != null) {
            fields(tables, "seatTables", Set.of("city", "village"));
            city = table(tables.get("city"), "seatTables.city", SeatTable.CITY);
            village = table(tables.get("village"), "seatTables.village", SeatTable.VILLAGE);
        }
        return new ElectionFile(id, nameFa, nameEn, day, cities, villages, listPr, majlis, experts, overrides,
                residence, city, village);
    }

    private ElectionFile.ListPr listPr(JsonNode n, String path) {
        fields(n, path, Set.of("id", "name", "cities", "seats", "alternates", "population", "populationNote"));
        var name = n.get("name");
        int seats = integer(n, "seats", path, SeatTable.TEHRAN.seats(), 1);
        int alternates = integer(n, "alternates", path, SeatTable.TEHRAN.alternates(), 0);
        Long population = n.has("population") ? (long) integer(n, "population", path, 0, 1) : null;
        String note = n.has("populationNote") ? text(n, "populationNote", path, true) : null;
        if (population != null && note == null) problems.add(path + ".populationNote", "a population needs a note saying where it comes from");
        return new ElectionFile.ListPr(path, id(n, "id", path), nameFa(name, path), nameEn(name, path),
                refs(n, "cities", path), new CouncilSize(seats, alternates), population, note);
    }

    private ElectionFile.ByElection byElection(JsonNode n, String path) {
        fields(n, path, Set.of("id", "name", "counties", "seats"));
        var name = n.get("name");
        return new ElectionFile.ByElection(path, id(n, "id", path), nameFa(name, path), nameEn(name, path),
                refs(n, "counties", path), integer(n, "seats", path, 1, 1));
    }

    private ElectionFile.Experts experts(JsonNode n, String path) {
        fields(n, path, Set.of("province", "seats"));
        return new ElectionFile.Experts(path, ref(n.get("province"), path + ".province"), integer(n, "seats", path, 1, 1));
    }

    private ElectionFile.PopulationOverride override(JsonNode n, String path) {
        fields(n, path, Set.of("city", "population", "note"));
        if (!n.has("population")) problems.add(path + ".population", "missing");
        return new ElectionFile.PopulationOverride(path, ref(n.get("city"), path + ".city"),
                integer(n, "population", path, 0, 0), text(n, "note", path, true));
    }

    private ResidenceRule residence(JsonNode n) {
        if (n == null) return ResidenceRule.OLD_1400;
        String path = "residenceRule";
        fields(n, path, Set.of("enabled", "populationThreshold", "years"));
        boolean enabled = bool(n, "enabled", path, true);
        var old = ResidenceRule.OLD_1400;
        return new ResidenceRule(enabled, integer(n, "populationThreshold", path, (int) old.populationThreshold(), 0),
                integer(n, "years", path, old.years(), 0));
    }

    private SeatTable table(JsonNode n, String path, SeatTable fallback) {
        if (n == null) return fallback;
        if (!n.isArray() || n.isEmpty()) {
            problems.add(path, "expected a list of brackets {upTo, seats, alternates}");
            return fallback;
        }
        var brackets = new ArrayList<SeatTable.Bracket>();
        for (int i = 0; i < n.size(); i++) {
            var b = n.get(i);
            String at = path + "[" + i + "]";
            if (!b.isObject()) { problems.add(at, "expected {upTo, seats, alternates}"); return fallback; }
            fields(b, at, Set.of("upTo", "seats", "alternates"));
            Long upTo = b.has("upTo") ? (long) integer(b, "upTo", at, 0, 1) : null;
            brackets.add(new SeatTable.Bracket(upTo, integer(b, "seats", at, 0, 1), integer(b, "alternates", at, 0, 0)));
            if (!b.has("seats")) problems.add(at + ".seats", "missing");
        }
        try {
            return new SeatTable(brackets);
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return fallback;
        }
    }

    // ---- small typed readers; each reports "path: problem" and returns a harmless default

    private <T> List<T> list(JsonNode root, String field, BiFunction<JsonNode, String, T> item) {
        var n = root.get(field);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) { problems.add(field, "expected a list"); return List.of(); }
        var out = new ArrayList<T>();
        for (int i = 0; i < n.size(); i++) {
            String path = field + "[" + i + "]";
            if (!n.get(i).isObject()) { problems.add(path, "expected a mapping"); continue; }
            out.add(item.apply(n.get(i), path));
        }
        return out;
    }

    private List<ElectionFile.Ref> refs(JsonNode n, String field, String path) {
        var list = n.get(field);
        String at = path + "." + field;
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(at, "expected a non-empty list of ids");
            return List.of();
        }
        var out = new ArrayList<ElectionFile.Ref>();
        for (int i = 0; i < list.size(); i++) out.add(ref(list.get(i), at + "[" + i + "]"));
        return out;
    }

    private ElectionFile.Ref ref(JsonNode n, String path) {
        if (n != null && n.isIntegralNumber() && n.canConvertToLong() && n.longValue() > 0) return new ElectionFile.Ref(path, n.longValue());
        if (n != null && n.isString() && DIGITS.matcher(PersianNumbers.latin(n.stringValue().strip())).matches()) {
            return new ElectionFile.Ref(path, Long.parseLong(PersianNumbers.latin(n.stringValue().strip())));
        }
        problems.add(path, n == null ? "missing" : "expected a numeric division id, got " + n);
        return new ElectionFile.Ref(path, -1);
    }

    private void fields(JsonNode n, String path, Set<String> allowed) {
        for (String f : n.propertyNames()) {
            if (!allowed.contains(f)) problems.add(join(path, f), "unknown field (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
    }

    private String id(JsonNode n, String field, String path) {
        var v = n.get(field);
        String at = join(path, field);
        if (v == null) return missing(at, "?");
        String s = v.isValueNode() ? v.asString() : "";
        if (!ID.matcher(s).matches()) {
            problems.add(at, "expected an id of letters, digits, '-' or '_' (up to 40), got " + v);
            return "?";
        }
        return s;
    }

    private String text(JsonNode n, String field, String path, boolean required) {
        var v = n.get(field);
        String at = join(path, field);
        if (v == null || v.isNull()) return required ? missing(at, null) : null;
        if (!v.isString() || v.stringValue().isBlank()) {
            problems.add(at, "expected non-empty text");
            return null;
        }
        return v.stringValue().strip();
    }

    private String nameFa(JsonNode name, String path) {
        if (name == null) return missing(path + ".name", null);
        fields(name, path + ".name", Set.of("fa", "en"));
        return text(name, "fa", path + ".name", true);
    }

    private String nameEn(JsonNode name, String path) {
        return name == null ? null : text(name, "en", path + ".name", true);
    }

    private int integer(JsonNode n, String field, String path, int fallback, int min) {
        var v = n.get(field);
        if (v == null || v.isNull()) return fallback;
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min) {
            problems.add(join(path, field), "expected a whole number >= " + min + ", got " + v);
            return fallback;
        }
        return v.intValue();
    }

    private boolean bool(JsonNode n, String field, String path, boolean fallback) {
        var v = n.get(field);
        if (v == null) return fallback;
        if (!v.isBoolean()) { problems.add(join(path, field), "expected true or false, got " + v); return fallback; }
        return v.booleanValue();
    }

    private boolean auto(JsonNode root, String field) {
        var v = root.get(field);
        if (v == null) return true;
        if (!v.isObject()) { problems.add(field, "expected {auto: true|false}"); return true; }
        fields(v, field, Set.of("auto"));
        return bool(v, "auto", field, true);
    }

    private JalaliDate date(JsonNode root, String field) {
        var v = root.get(field);
        if (v == null) return missing(field, null);
        if (!v.isString()) { problems.add(field, "expected a Jalali date \"yyyy/mm/dd\", got " + v); return null; }
        try {
            return JalaliDate.parse(v.stringValue());
        } catch (IllegalArgumentException e) {
            problems.add(field, "bad Jalali date \"" + v.stringValue() + "\": " + e.getMessage());
            return null;
        }
    }

    private <T> T missing(String path, T fallback) {
        problems.add(path, "missing");
        return fallback;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
