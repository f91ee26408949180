package org.entekhabat.drills.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.entekhabat.drills.DrillPlan;
import org.entekhabat.drills.StationResult;
import org.entekhabat.polling.HeadlessStation;
import org.entekhabat.polling.StationNodes;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.results.ResultsRegistry;
import org.entekhabat.stations.Stations;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;

/**
 * One drill from start to end: the sandbox central, the chosen stations loaded into it, the nodes
 * (a directory each, fresh device keys registered in the sandbox), every station's day on its own
 * virtual thread with at most {@code parallel} voters in flight, then the sandbox stopped and dropped.
 * Each station's result is stored in the real schema as soon as its day ends.
 */
public final class DrillExecution {

    private final String runId;
    private final DrillPlan plan;
    private final DrillStations stations;
    private final DrillStore store;
    private final Supplier<Sandbox> sandboxStarter;
    private final Clock clock;
    private final Tracker tracker;

    public DrillExecution(String runId, DrillPlan plan, DrillStations stations, DrillStore store, Supplier<Sandbox> sandboxStarter,
                          Clock clock) {
        this.runId = runId;
        this.plan = plan;
        this.stations = stations;
        this.store = store;
        this.sandboxStarter = sandboxStarter;
        this.clock = clock;
        this.tracker = new Tracker(runId, plan.voters(), plan.stations());
    }

    public Tracker tracker() {
        return tracker;
    }

    /** What the run measured, for drill_run. */
    public record Outcome(DrillStore.Figures figures, List<StationResult> results) {}

    public Outcome run() throws Exception {
        var chosen = stations.choose(plan, runId.substring(runId.length() - 4).toUpperCase(java.util.Locale.ROOT));
        long t0 = System.nanoTime();
        phase("PREPARING");
        Path root = nodeRoot();
        try (var sandbox = sandboxStarter.get()) {
            double sandboxSeconds = (System.nanoTime() - t0) / 1e9;
            phase("LOADING");
            load(sandbox, chosen);
            var nodes = startNodes(sandbox, chosen, root);
            try {
                phase("VOTING");
                double cpu0 = cpuSeconds();
                Double db0 = store.databaseActiveMillis();
                long day0 = System.nanoTime();
                var results = runDays(sandbox, chosen, nodes);
                double day = (System.nanoTime() - day0) / 1e9;
                Double db1 = store.databaseActiveMillis();
                var figures = new DrillStore.Figures(sandboxSeconds, day, tracker.reportsSeconds(), tracker.claims.get(),
                        tracker.reportsAccepted.get(), cpuSeconds() - cpu0, db0 == null || db1 == null ? null : (db1 - db0) / 1000.0);
                return new Outcome(figures, results);
            } finally {
                nodes.forEach(HeadlessStation::close);
            }
        } finally {
            deleteQuietly(root);
        }
    }

    private void phase(String phase) {
        tracker.phase = phase;
        store.phase(runId, phase);
    }

    /** The sandbox's copy: stations, packages, contests and the stations expected for each. */
    private void load(Sandbox sandbox, List<DrillStations.Chosen> chosen) {
        var sandboxStations = sandbox.bean(Stations.class);
        var packages = sandbox.bean(StationPackageSource.class);
        var results = sandbox.bean(ResultsRegistry.class);
        var expected = new ArrayList<ResultsRegistry.ExpectedStation>();
        for (var c : chosen) {
            sandboxStations.save(c.station(), "drill:" + runId);
            packages.save(c.pkg());
            results.contests(c.contests(), c.station().countyId(), c.station().provinceId());
            c.contests().forEach(d -> expected.add(new ResultsRegistry.ExpectedStation(d.contestId(), c.station().code())));
        }
        results.expectedStations(expected);
    }

    /** A node per station (keys made in parallel: Ed25519 and PIN hashing cost), devices registered in the sandbox. */
    private List<HeadlessStation> startNodes(Sandbox sandbox, List<DrillStations.Chosen> chosen, Path root) throws Exception {
        var devices = sandbox.bean(DeviceRegistry.class);
        var clockForNodes = sandbox.bean(Clock.class);
        try (var pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()))) {
            var futures = new ArrayList<Future<HeadlessStation>>();
            for (var c : chosen) {
                futures.add(pool.submit(() -> {
                    var node = StationNodes.headless(root.resolve(c.station().code()), c.pkg(), sandbox.url(), clockForNodes, 0,
                            plan.votersPerStation());
                    for (var d : node.devices()) devices.register(d.deviceId(), d.stationCode(), d.publicKeyBase64(), DeviceRole.valueOf(d.role()));
                    return node;
                }));
            }
            var nodes = new ArrayList<HeadlessStation>();
            for (var f : futures) nodes.add(f.get());
            return nodes;
        }
    }

    private List<StationResult> runDays(Sandbox sandbox, List<DrillStations.Chosen> chosen, List<HeadlessStation> nodes) throws Exception {
        var permits = new Semaphore(plan.parallel());
        String dead = deadUrl();
        int every = plan.linkFailure() ? Math.max(1, 100 / plan.linkFailureShare()) : Integer.MAX_VALUE;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<StationResult>>();
            for (int i = 0; i < chosen.size(); i++) {
                var day = new StationDay(chosen.get(i), nodes.get(i), plan, i, plan.linkFailure() && i % every == 0,
                        sandbox.url(), dead, permits, tracker);
                futures.add(threads.submit(() -> {
                    var r = day.run();
                    store.station(runId, r);
                    return r;
                }));
            }
            var out = new ArrayList<StationResult>();
            for (var f : futures) out.add(f.get());
            out.sort(Comparator.comparing(StationResult::stationCode));
            return out;
        }
    }

    /** A local address where nothing listens: a cut link refuses connections, as a dead fibre does. */
    private static String deadUrl() throws IOException {
        int port;
        try (var s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return "http://127.0.0.1:" + port + "/";
    }

    private Path nodeRoot() throws IOException {
        if (plan.nodeDir() != null) {
            Path base = Path.of(plan.nodeDir());
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "drill-" + runId + "-");
        }
        return Files.createTempDirectory("drill-" + runId + "-");
    }

    private static double cpuSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime() / 1e9;
        return 0;
    }

    private static void deleteQuietly(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary directory: the OS cleans it later
        }
    }
}
