package org.entekhabat.stations;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.stations.internal.DemoStations;
import org.entekhabat.stations.internal.StationCsv;
import org.entekhabat.stations.internal.StationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The polling-station registry and infrastructure checklist: the module's public API.
 * Every change validates first and writes in one transaction, with an audit event.
 */
@Service
public class Stations {

    private final StationRepository repo;
    private final DivisionNames names;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ChecklistPolicy policy;
    private final List<String> demoProvinces;

    Stations(StationRepository repo, DivisionNames names, ApplicationEventPublisher events, Clock clock,
             @Value("${entekhabat.stations.checklist.max-loss-percent:5}") int maxLoss,
             @Value("${entekhabat.stations.checklist.max-avg-latency-ms:1000}") int maxLatency,
             @Value("${entekhabat.stations.checklist.require-power-backup:true}") boolean requireBackup,
             @Value("${entekhabat.stations.demo.provinces:123,100}") List<String> demoProvinces) {
        this.repo = repo;
        this.names = names;
        this.events = events;
        this.clock = clock;
        this.policy = new ChecklistPolicy(maxLoss, maxLatency, requireBackup);
        this.demoProvinces = List.copyOf(demoProvinces);
    }

    public ChecklistPolicy policy() {
        return policy;
    }

    // ---- registry

    public Station get(String code) {
        return repo.find(code).orElseThrow(() -> DomainException.notFound("station-not-found",
                "شعبه‌ای با کد " + code + " ثبت نشده است.", "No station with code " + code + "."));
    }

    public Optional<Station> find(String code) {
        return repo.find(code);
    }

    /** Stations of a province and/or county (null = all). */
    public List<Station> list(String provinceId, String countyId) {
        return repo.list(provinceId, countyId);
    }

    @Transactional
    public Station save(Station station, String actor) {
        var problems = StationRules.problems(station);
        if (!problems.isEmpty()) throw badStation(problems);
        checkDevicesFree(List.of(station));
        boolean created = repo.upsert(station, "manual", clock.instant());
        audit(actor, created ? "station.created" : "station.updated", station.code(), Map.of("name", station.name()));
        return get(station.code());
    }

    /** Imports a CSV (see {@code StationCsv}); all rows or none. */
    @Transactional
    public ImportResult importCsv(Reader csv, String actor) {
        var parsed = StationCsv.parse(csv);
        var errors = new ArrayList<>(parsed.errors());
        var seen = new java.util.HashSet<String>();
        for (Station s : parsed.stations()) if (!seen.add(s.code())) errors.add("station listed twice: " + s.code());
        if (errors.isEmpty()) errors.addAll(deviceConflicts(parsed.stations()));
        if (!errors.isEmpty()) return new ImportResult(parsed.stations().size(), 0, 0, errors);
        int created = 0;
        for (Station s : parsed.stations()) if (repo.upsert(s, "import", clock.instant())) created++;
        int updated = parsed.stations().size() - created;
        audit(actor, "stations.imported", "stations", Map.of("created", created, "updated", updated));
        return new ImportResult(parsed.stations().size(), created, updated, List.of());
    }

    /**
     * The reproducible demo registry (a few stations per city council constituency of the
     * configured provinces, default Tehran and Markazi) with a realistic, half-finished checklist.
     * Idempotent: stations already present are left alone.
     */
    @Transactional
    public DemoResult generateDemo() {
        int created = 0, existing = 0;
        var now = clock.instant();
        for (Station s : DemoStations.generate(names, demoProvinces, 1405)) {
            if (repo.exists(s.code())) { existing++; continue; }
            var problems = StationRules.problems(s);
            if (!problems.isEmpty()) throw new IllegalStateException("demo station " + s.code() + ": " + problems);
            repo.upsert(s, "demo", now);
            demoChecklist(s, now);
            created++;
        }
        if (created > 0) audit("system", "stations.demo-generated", "stations", Map.of("created", created));
        return new DemoResult(created, existing);
    }

    private void demoChecklist(Station s, java.time.Instant now) {
        var random = new java.util.Random(s.code().hashCode());
        repo.savePower(new PowerCheck(s.code(), true, random.nextInt(10) < 8, random.nextInt(10) < 3, now, "demo"));
        for (Device d : s.devices()) repo.addDeviceTest(s.code(), d.id(), random.nextInt(20) > 0, "", now, "demo");
        if (random.nextInt(10) < 7) {
            double avg = 20 + random.nextInt(200);
            repo.addLinkTest(s.code(), s.link(), 10, random.nextInt(10) == 0 ? 3 : 0, avg / 2, avg, avg * 2, now, "demo");
        }
        if (random.nextInt(8) == 0) {
            repo.addDeficiency(s.code(), DeficiencyCategory.LINK, "فیبر نوری شعبه هنوز وصل نشده است",
                    "مخابرات استان", LocalDate.now(clock).plusDays(14), now, "demo");
        }
    }

    // ---- staff

    @Transactional
    public void assign(String code, String username, String role, String actor) {
        get(code);
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw DomainException.badInput("bad-username", "نام کاربری معتبر نیست.", "Not a valid username.");
        }
        if (role == null || !role.matches("[A-Z_]{2,32}")) {
            throw DomainException.badInput("bad-role", "نقش معتبر نیست.", "Not a valid role.");
        }
        repo.assign(new StaffAssignment(code, username, role));
        audit(actor, "station.staff-assigned", "station:" + code, Map.of("username", username, "role", role));
    }

    public List<StaffAssignment> staff(String provinceId, String countyId) {
        return repo.staff(provinceId, countyId);
    }

    public List<StaffAssignment> staffOf(String code) {
        return repo.staffOf(code);
    }

    // ---- checklist

    @Transactional
    public LinkTest recordLinkTest(String code, LinkTestReport report, String actor) {
        Station s = get(code);
        var problems = report.problems();
        if (!problems.isEmpty()) {
            throw DomainException.badInput("bad-link-test", "نتیجهٔ آزمون ارتباط معتبر نیست: " + String.join("؛ ", problems),
                    "Invalid link test: " + String.join("; ", problems));
        }
        long id = repo.addLinkTest(code, s.link(), report.samples(), report.lost(), report.minMs(), report.avgMs(),
                report.maxMs(), clock.instant(), actor);
        audit(actor, "station.link-tested", "station:" + code, Map.of("samples", report.samples(), "lost", report.lost()));
        return repo.linkTests(code, 1).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    public List<LinkTest> linkTests(String code, int limit) {
        return repo.linkTests(code, limit);
    }

    @Transactional
    public PowerCheck recordPower(String code, boolean grid, boolean ups, boolean generator, String actor) {
        get(code);
        var p = new PowerCheck(code, grid, ups, generator, clock.instant(), actor);
        repo.savePower(p);
        audit(actor, "station.power-checked", "station:" + code, Map.of("grid", grid, "ups", ups, "generator", generator));
        return p;
    }

    @Transactional
    public void recordDeviceTest(String code, String deviceId, boolean passed, String note, String actor) {
        Station s = get(code);
        if (s.devices().stream().noneMatch(d -> d.id().equals(deviceId))) {
            throw DomainException.badInput("unknown-device", "دستگاه " + deviceId + " در این شعبه ثبت نشده است.",
                    "Device " + deviceId + " is not registered at this station.");
        }
        repo.addDeviceTest(code, deviceId, passed, note == null ? "" : note, clock.instant(), actor);
        audit(actor, "station.device-tested", "device:" + deviceId, Map.of("station", code, "passed", passed));
    }

    @Transactional
    public Deficiency reportDeficiency(String code, DeficiencyCategory category, String description, String owner,
                                      LocalDate due, String actor) {
        get(code);
        if (category == null || description == null || description.isBlank() || owner == null || owner.isBlank()) {
            throw DomainException.badInput("bad-deficiency", "نوع، شرح و مسئول رفع نارسایی لازم است.",
                    "A deficiency needs a category, a description and an owner.");
        }
        long id = repo.addDeficiency(code, category, description.strip(), owner.strip(), due, clock.instant(), actor);
        audit(actor, "station.deficiency-reported", "deficiency:" + id, Map.of("station", code, "category", category.name()));
        return repo.deficiency(id).orElseThrow();
    }

    /** Moves a deficiency to a new status (e.g. FIXED from the HQ page); audited. */
    @Transactional
    public Deficiency setDeficiencyStatus(long id, DeficiencyStatus status, String actor) {
        var before = repo.deficiency(id).orElseThrow(() -> DomainException.notFound("deficiency-not-found",
                "نارسایی شمارهٔ " + id + " پیدا نشد.", "No deficiency #" + id + "."));
        if (status == null) throw DomainException.badInput("bad-status", "وضعیت معتبر نیست.", "Not a valid status.");
        repo.setDeficiencyStatus(id, status, clock.instant(), actor);
        audit(actor, "station.deficiency-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                "deficiency:" + id, Map.of("station", before.stationCode(), "from", before.status().name(), "to", status.name()));
        return repo.deficiency(id).orElseThrow();
    }

    public Deficiency deficiency(long id) {
        return repo.deficiency(id).orElseThrow(() -> DomainException.notFound("deficiency-not-found",
                "نارسایی شمارهٔ " + id + " پیدا نشد.", "No deficiency #" + id + "."));
    }

    public List<Deficiency> deficiencies(String provinceId, String countyId) {
        return repo.deficiencies(provinceId, countyId);
    }

    public List<StationChecklist> checklists(String provinceId, String countyId) {
        var links = repo.latestLinkTests(provinceId, countyId);
        var power = repo.power(provinceId, countyId);
        var devices = repo.latestDeviceTests(provinceId, countyId);
        var deficiencies = new LinkedHashMap<String, List<Deficiency>>();
        for (Deficiency d : repo.deficiencies(provinceId, countyId)) {
            deficiencies.computeIfAbsent(d.stationCode(), k -> new ArrayList<>()).add(d);
        }
        return repo.list(provinceId, countyId).stream().map(s -> new StationChecklist(s,
                Optional.ofNullable(links.get(s.code())), Optional.ofNullable(power.get(s.code())),
                devices.getOrDefault(s.code(), Map.of()), deficiencies.getOrDefault(s.code(), List.of()))).toList();
    }

    public StationChecklist checklist(String code) {
        Station s = get(code);
        return checklists(s.provinceId(), s.countyId()).stream().filter(c -> c.station().code().equals(code))
                .findFirst().orElseThrow();
    }

    public List<Blocker> blockers(StationChecklist c) {
        return ChecklistRule.blockers(c, policy);
    }

    /** The checklist rolled up per county for a province (or one county; null = nation). */
    public ChecklistRollup rollup(String provinceId, String countyId) {
        var all = checklists(provinceId, countyId);
        var today = LocalDate.now(clock);
        var byCounty = new java.util.TreeMap<String, List<StationChecklist>>();
        for (var c : all) byCounty.computeIfAbsent(c.station().countyId(), k -> new ArrayList<>()).add(c);
        var counties = new ArrayList<ChecklistRollup.CountySummary>();
        byCounty.forEach((county, list) -> {
            var blockers = new EnumMap<BlockerCode, Integer>(BlockerCode.class);
            int complete = 0, open = 0, overdue = 0;
            for (var c : list) {
                var b = blockers(c);
                if (b.isEmpty()) complete++;
                b.forEach(x -> blockers.merge(x.code(), 1, Integer::sum));
                for (var d : c.deficiencies()) {
                    if (!d.blocks()) continue;
                    open++;
                    if (d.dueDate() != null && d.dueDate().isBefore(today)) overdue++;
                }
            }
            counties.add(new ChecklistRollup.CountySummary(county, list.size(), complete, open, overdue, blockers));
        });
        var openDeficiencies = all.stream().flatMap(c -> c.deficiencies().stream()).filter(Deficiency::blocks).toList();
        return new ChecklistRollup(provinceId, countyId, counties, openDeficiencies,
                ChecklistRule.databaseFinalised(all, policy));
    }

    public long count() {
        return repo.count();
    }

    // ---- helpers

    private void checkDevicesFree(List<Station> stations) {
        var conflicts = deviceConflicts(stations);
        if (!conflicts.isEmpty()) {
            throw DomainException.conflict("device-taken", "دستگاه به شعبهٔ دیگری تعلق دارد: " + String.join("؛ ", conflicts),
                    "Device belongs to another station: " + String.join("; ", conflicts));
        }
    }

    private List<String> deviceConflicts(List<Station> stations) {
        var out = new ArrayList<String>();
        var owner = new java.util.HashMap<String, String>();
        for (Station s : stations) {
            for (Device d : s.devices()) {
                String prev = owner.putIfAbsent(d.id(), s.code());
                if (prev != null && !prev.equals(s.code())) out.add(d.id() + " is listed for " + prev + " and " + s.code());
                repo.stationOfDevice(d.id()).filter(c -> !c.equals(s.code()) && !isIn(stations, c, d.id()))
                        .ifPresent(c -> out.add(d.id() + " belongs to station " + c));
            }
        }
        return out;
    }

    /** The device moves within the same import: the other station lists it no more. */
    private static boolean isIn(List<Station> stations, String code, String deviceId) {
        return stations.stream().anyMatch(s -> s.code().equals(code) && s.devices().stream().noneMatch(d -> d.id().equals(deviceId)));
    }

    private static DomainException badStation(List<String> problems) {
        return DomainException.badInput("bad-station", "اطلاعات شعبه کامل یا درست نیست: " + String.join("؛ ", problems),
                "Invalid station: " + String.join("; ", problems));
    }

    private void audit(String actor, String action, String subject, Map<String, Object> details) {
        events.publishEvent(new AuditEvent(actor == null || actor.isBlank() ? "anonymous" : actor, action, subject, "", details));
    }
}
