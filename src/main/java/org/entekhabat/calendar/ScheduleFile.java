package org.entekhabat.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a schedule file (docs/schedule-file.md) and checks it whole: every problem is reported
 * with its path, e.g. {@code milestones[4].end}, and a file with any problem loads nothing.
 * A day is a Jalali date ("1404/10/21"), an offset from election day ("E-8") or a reference to
 * another milestone ("city-registration.end+1").
 */
public final class ScheduleFile {

    private static final Pattern OFFSET = Pattern.compile("E\\s*(?:([+-])\\s*(\\d+))?");
    private static final Pattern REFERENCE = Pattern.compile("([a-z0-9][a-z0-9-]*)\\.(start|end)\\s*(?:([+-])\\s*(\\d+))?");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final String source;
    private final List<ScheduleFileException.Problem> problems = new ArrayList<>();
    private final List<JsonNode> raw = new ArrayList<>();
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, LocalDate> resolved = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private String electionDayKey;

    private ScheduleFile(String source) {
        this.source = source;
    }

    public static ScheduleDefinition load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ScheduleFileException(file.toString(), List.of(new ScheduleFileException.Problem("", "cannot read: " + e.getMessage())));
        }
    }

    /** Parses and checks the text of a schedule file; {@code source} names it in errors. */
    public static ScheduleDefinition parse(String yaml, String source) {
        return new ScheduleFile(source).read(yaml);
    }

    private ScheduleDefinition read(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new ScheduleFileException(source, List.of(new ScheduleFileException.Problem("", "not valid YAML: " + e.getOriginalMessage())));
        }
        if (root == null || !root.isObject()) fail("", "the file must be a mapping with election, roles and milestones");
        String election = text(root, "election", "election", true);
        LocalizedText title = names(root.get("title"), "title");
        Map<String, LocalizedText> roles = roles(root.get("roles"));
        electionDayKey = text(root, "election-day", "election-day", true);
        JsonNode list = root.get("milestones");
        if (list == null || !list.isArray() || list.isEmpty()) fail("milestones", "a list of milestones is required");
        list.values().forEach(raw::add);
        indexKeys();
        if (electionDayKey != null && !indexByKey.containsKey(electionDayKey)) {
            problem("election-day", "unknown milestone key \"" + electionDayKey + "\"");
        }
        var milestones = new ArrayList<Milestone>();
        for (int i = 0; i < raw.size(); i++) {
            Milestone m = milestone(i, roles);
            if (m != null) milestones.add(m);
        }
        if (!problems.isEmpty()) throw new ScheduleFileException(source, problems);
        return new ScheduleDefinition(election, title, electionDayKey, roles, milestones);
    }

    private void indexKeys() {
        for (int i = 0; i < raw.size(); i++) {
            String key = text(raw.get(i), "key", at(i, "key"), true);
            if (key == null) continue;
            if (!KEY.matcher(key).matches()) problem(at(i, "key"), "a key is lower-case letters, digits and '-': \"" + key + "\"");
            Integer first = indexByKey.putIfAbsent(key, i);
            if (first != null) problem(at(i, "key"), "duplicate key \"" + key + "\" (first at milestones[" + first + "])");
        }
    }

    private Milestone milestone(int i, Map<String, LocalizedText> roles) {
        JsonNode node = raw.get(i);
        if (!node.isObject()) {
            problem("milestones[" + i + "]", "a milestone must be a mapping");
            return null;
        }
        String key = text(node, "key", at(i, "key"), false);
        LocalizedText name = names(node.get("name"), at(i, "name"));
        LocalDate start = day(i, "start");
        LocalDate end = node.has("end") ? day(i, "end") : start;
        DailyHours hours = parsed(node, at(i, "hours"), "hours", DailyHours::parse);
        LocalTime startTime = parsed(node, at(i, "start-time"), "start-time", Times::parse);
        LocalTime endTime = parsed(node, at(i, "end-time"), "end-time", Times::parse);
        String actor = text(node, "actor", at(i, "actor"), true);
        if (actor != null && !roles.isEmpty() && !roles.containsKey(actor)) problem(at(i, "actor"), "unknown role \"" + actor + "\"");
        MilestoneStatus status = parsed(node, at(i, "status"), "status", ScheduleFile::status);
        if (status == null && !node.has("status")) problem(at(i, "status"), "required: SOURCED, OLD or UNSOURCED");
        var sources = new ArrayList<String>();
        JsonNode src = node.get("sources");
        if (src != null && src.isArray()) src.values().forEach(s -> sources.add(s.asString()));
        else if (src != null && !src.isNull()) problem(at(i, "sources"), "a list of source tags, e.g. [S1, S6]");
        if (status == MilestoneStatus.SOURCED && sources.isEmpty()) problem(at(i, "sources"), "a SOURCED milestone names its sources");
        String note = node.has("note") ? node.get("note").asString() : "";
        if (key == null || start == null || end == null || name == null || status == null) return null;
        if (end.isBefore(start)) {
            problem(at(i, "end"), "ends (" + JalaliDate.of(end) + ") before it starts (" + JalaliDate.of(start) + ")");
            return null;
        }
        try {
            var window = new MilestoneWindow(start, end, hours, startTime, endTime);
            return new Milestone(key, name, window, actor, sources, status, note, null);
        } catch (IllegalArgumentException e) {
            problem(at(i, endTime != null ? "end-time" : "hours"), e.getMessage());
            return null;
        }
    }

    /** Resolves milestones[i].field to a day, following references; null after reporting a problem. */
    private LocalDate day(int i, String field) {
        String id = i + "." + field;
        if (resolved.containsKey(id)) return resolved.get(id);
        JsonNode node = raw.get(i);
        if (!node.isObject()) return null;
        if (!"end".equals(field) || node.has("end")) {
            if (!node.has(field) || node.get(field).isNull()) {
                if ("start".equals(field)) problem(at(i, field), "required: a Jalali date, E±days or key.start/end±days");
                return null;
            }
        } else {
            return day(i, "start");
        }
        if (!resolving.add(id)) {
            problem(at(i, field), "refers to itself through other milestones (a cycle)");
            return null;
        }
        LocalDate value = evaluate(i, field, node.get(field).asString().trim());
        resolving.remove(id);
        resolved.put(id, value);
        return value;
    }

    private LocalDate evaluate(int i, String field, String expr) {
        String path = at(i, field);
        String e = org.entekhabat.platform.PersianNumbers.latin(expr);
        var offset = OFFSET.matcher(e);
        if (offset.matches()) {
            Integer election = electionDayKey == null ? null : indexByKey.get(electionDayKey);
            if (election == null) return null; // reported at election-day
            if (election == i && "start".equals(field)) {
                problem(path, "election day must be a date, not an offset from itself");
                return null;
            }
            LocalDate e0 = day(election, "start");
            return e0 == null ? null : e0.plusDays(signed(offset.group(1), offset.group(2)));
        }
        var ref = REFERENCE.matcher(e);
        if (ref.matches()) {
            Integer target = indexByKey.get(ref.group(1));
            if (target == null) {
                problem(path, "unknown milestone key \"" + ref.group(1) + "\"");
                return null;
            }
            LocalDate base = day(target, ref.group(2));
            return base == null ? null : base.plusDays(signed(ref.group(3), ref.group(4)));
        }
        try {
            return JalaliDate.parse(e).toLocalDate();
        } catch (IllegalArgumentException ex) {
            problem(path, "bad date \"" + expr + "\": " + ex.getMessage());
            return null;
        }
    }

    private static MilestoneStatus status(String text) {
        for (var s : MilestoneStatus.values()) if (s.name().equalsIgnoreCase(text.trim())) return s;
        throw new IllegalArgumentException("status must be SOURCED, OLD or UNSOURCED: \"" + text + "\"");
    }

    private static long signed(String sign, String digits) {
        if (sign == null) return 0;
        long n = Long.parseLong(digits);
        return "-".equals(sign) ? -n : n;
    }

    private Map<String, LocalizedText> roles(JsonNode node) {
        var roles = new LinkedHashMap<String, LocalizedText>();
        if (node == null) return roles;
        if (!node.isObject()) {
            problem("roles", "a mapping from role key to {fa, en}");
            return roles;
        }
        for (var e : node.properties()) {
            LocalizedText name = names(e.getValue(), "roles." + e.getKey());
            if (name != null) roles.put(e.getKey(), name);
        }
        return roles;
    }

    private LocalizedText names(JsonNode node, String path) {
        if (node == null || !node.isObject() || !node.has("fa") || node.get("fa").asString().isBlank()) {
            problem(path, "required: a mapping with fa (and en)");
            return null;
        }
        return new LocalizedText(node.get("fa").asString(), node.has("en") ? node.get("en").asString() : "");
    }

    private String text(JsonNode node, String field, String path, boolean report) {
        if (node == null || !node.isObject() || !node.has(field) || node.get(field).isNull() || node.get(field).asString().isBlank()) {
            if (report) problem(path, "required");
            return null;
        }
        return node.get(field).asString().trim();
    }

    private <T> T parsed(JsonNode node, String path, String field, java.util.function.Function<String, T> parser) {
        if (!node.has(field) || node.get(field).isNull()) return null;
        try {
            return parser.apply(node.get(field).asString());
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage());
            return null;
        }
    }

    private static String at(int i, String field) {
        return "milestones[" + i + "]." + field;
    }

    private void problem(String path, String message) {
        problems.add(new ScheduleFileException.Problem(path, message));
    }

    private void fail(String path, String message) {
        problem(path, message);
        throw new ScheduleFileException(source, problems);
    }
}
