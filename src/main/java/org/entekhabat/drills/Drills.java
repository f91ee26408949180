package org.entekhabat.drills;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.entekhabat.drills.internal.DrillExecution;
import org.entekhabat.drills.internal.DrillStations;
import org.entekhabat.drills.internal.DrillStore;
import org.entekhabat.drills.internal.Sandbox;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DatabaseProperties;
import org.entekhabat.platform.DomainException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Drills (مانور): start one (from the HQ page, the API or {@code entekhabat drill run}), follow its
 * progress, read its report. One drill at a time per server: it takes the machine. The run and its
 * stations are stored in the real schema; the election day itself happens in a sandbox central on
 * schema {@code drill_<id>}, dropped at the end.
 */
@Service
public class Drills {

    private static final System.Logger LOG = System.getLogger(Drills.class.getName());
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Tehran"));

    private final DrillStore store;
    private final DrillStations stations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DataSource dataSource;
    private final DatabaseProperties database;
    private final Environment env;
    private final AtomicReference<DrillExecution> current = new AtomicReference<>();
    private final SecureRandom random = new SecureRandom();

    Drills(DrillStore store, DrillStations stations, ApplicationEventPublisher events, Clock clock, DataSource dataSource,
           DatabaseProperties database, Environment env) {
        this.store = store;
        this.stations = stations;
        this.events = events;
        this.clock = clock;
        this.dataSource = dataSource;
        this.database = database;
        this.env = env;
    }

    /** Starts a drill in the background; returns its id at once. */
    public String start(DrillPlan plan, String actor) {
        plan.requireValid();
        String id = newId();
        String schema = "drill_" + id.toLowerCase(Locale.ROOT).replace('-', '_');
        var execution = new DrillExecution(id, plan, stations, store,
                () -> Sandbox.start(schema, dataSource, database, env), clock);
        if (!current.compareAndSet(null, execution)) {
            throw DomainException.conflict("drill.busy", "مانور دیگری در حال اجراست؛ پس از پایان آن دوباره بکوشید.",
                    "Another drill is running; try again when it has finished.");
        }
        try {
            store.create(id, plan, actor, schema, clock.instant());
            events.publishEvent(new AuditEvent(actor, "drill.started", "drill:" + id, "", details(plan)));
        } catch (RuntimeException e) {
            current.set(null);
            throw e;
        }
        Thread.ofPlatform().name("drill-" + id).daemon(true).start(() -> execute(id, schema, actor, execution));
        return id;
    }

    /** Runs a drill to its end, calling {@code progress} about once a second (the CLI's progress line). */
    public DrillReport run(DrillPlan plan, String actor, Consumer<DrillProgress> progress) throws InterruptedException {
        String id = start(plan, actor);
        while (true) {
            var p = progress(id).orElseThrow();
            progress.accept(p);
            if (p.finished()) break;
            Thread.sleep(1000);
        }
        return report(id).orElseThrow();
    }

    private void execute(String id, String schema, String actor, DrillExecution execution) {
        String status = "DONE", error = "";
        DrillStore.Figures figures = new DrillStore.Figures(null, null, null, 0, 0, null, null);
        try {
            var outcome = execution.run();
            figures = outcome.figures();
        } catch (Throwable e) {
            status = "FAILED";
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(System.Logger.Level.WARNING, "drill " + id + " failed", e);
        } finally {
            try {
                store.dropSchema(schema);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "drill " + id + ": could not drop " + schema + ": " + e.getMessage());
            }
            store.finish(id, status, clock.instant(), figures, error);
            events.publishEvent(new AuditEvent(actor, "drill.finished", "drill:" + id, error,
                    Map.of("status", status, "reportsAccepted", figures.reportsAccepted(), "claims", figures.claims())));
            current.set(null);
        }
    }

    /** Progress of a run: live while it runs, from the store afterwards. */
    public Optional<DrillProgress> progress(String id) {
        var running = current.get();
        var run = store.find(id);
        if (run.isEmpty()) return Optional.empty();
        if (running != null && running.tracker().snapshot().runId().equals(id) && run.get().running()) {
            return Optional.of(running.tracker().snapshot());
        }
        var r = run.get();
        var results = store.stations(id);
        long voters = results.stream().mapToLong(StationResult::voters).sum();
        double elapsed = r.finishedAt() == null ? 0 : (r.finishedAt().toEpochMilli() - r.startedAt().toEpochMilli()) / 1000.0;
        return Optional.of(new DrillProgress(id, r.status(), r.phase(), voters, (long) r.stations() * r.votersPerStation(),
                r.stations(), results.size(), r.reportsAccepted(), r.claims(), results.stream().mapToLong(StationResult::paper).sum(),
                results.stream().mapToInt(s -> s.problems().size()).sum(), elapsed));
    }

    public Optional<DrillRun> find(String id) {
        return store.find(id);
    }

    public Optional<DrillReport> report(String id) {
        return store.find(id).map(run -> new DrillReport(run, store.stations(id)));
    }

    public List<DrillRun> recent(int limit) {
        return store.recent(Math.max(1, Math.min(limit, 500)));
    }

    /** A run left RUNNING by a stopped server is marked FAILED and its sandbox schema dropped. */
    @EventListener(ApplicationReadyEvent.class)
    void cleanUpInterrupted() {
        for (var run : store.running()) {
            if (current.get() != null) return;
            try {
                store.dropSchema(run.sandboxSchema());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not drop " + run.sandboxSchema() + ": " + e.getMessage());
            }
            store.finish(run.id(), "FAILED", clock.instant(), new DrillStore.Figures(null, null, null, run.claims(), 0, null, null),
                    "interrupted: the server stopped during the drill");
        }
    }

    private String newId() {
        var suffix = new StringBuilder();
        for (int i = 0; i < 4; i++) suffix.append("ABCDEFGHJKLMNPQRSTUVWXYZ23456789".charAt(random.nextInt(32)));
        return "D" + ID_TIME.format(clock.instant()) + "-" + suffix;
    }

    private static Map<String, Object> details(DrillPlan plan) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("province", plan.provinceId() == null ? "" : plan.provinceId());
        m.put("county", plan.countyId() == null ? "" : plan.countyId());
        m.put("stations", plan.stations());
        m.put("votersPerStation", plan.votersPerStation());
        m.put("ratePerMinute", plan.ratePerMinute());
        m.put("linkFailure", plan.linkFailure());
        return m;
    }
}
