package org.entekhabat.cli;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationReport;
import org.entekhabat.results.ContestDefinition;
import org.entekhabat.results.CountingMethod;
import org.entekhabat.results.IntakeOutcome;
import org.entekhabat.results.Results;
import org.entekhabat.results.ResultsRegistry;
import org.entekhabat.verifier.RecordVerifier;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results benchmark on a fresh embedded PostgreSQL (unless --db-url): registers N stations with their own
 * Ed25519 device keys, signs one report per station, then times (1) the intake of every report with
 * chain and signature checks, (2) the national aggregation (all contest totals, seats, county/province/
 * nation sums), (3) export and independent verification of the published record, and (4) the time from a
 * report's POST to its appearance in the public results JSON that the page polls.
 */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Intake and national aggregation of N signed station reports; report-to-page latency.")
class BenchResultsCommand implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Option(names = "--stations", defaultValue = "60000", description = "signed station reports (default: ${DEFAULT-VALUE})")
    int stations;

    @Option(names = "--stations-per-contest", defaultValue = "20", description = "stations per council contest (default: ${DEFAULT-VALUE})")
    int perContest;

    @Option(names = "--candidates", defaultValue = "12", description = "candidates per contest (default: ${DEFAULT-VALUE})")
    int candidates;

    @Option(names = "--threads", defaultValue = "2", description = "intake threads (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--latency-samples", defaultValue = "20", description = "reports posted one by one over HTTP (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--skip-verify", description = "do not export and verify the published record")
    boolean skipVerify;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    private final Map<String, Object> figures = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Path scratch = null;
        if (db.url == null && db.dataDir == null) {
            scratch = Files.createTempDirectory("entekhabat-bench-results");
            db.dataDir = scratch.toString();
        }
        machine();
        try {
            run();
        } finally {
            // the temporary database and record of a default run are hundreds of MB: leave nothing behind
            if (scratch != null) org.springframework.util.FileSystemUtils.deleteRecursively(scratch);
        }
        if (json) System.out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        else figures.forEach((k, v) -> System.out.println(k + ": " + v));
        return 0;
    }

    private void run() throws Exception {
        try (var context = SpringContexts.web(db, Map.of("server.port", 0, "logging.level.root", "WARN", "logging.level.org.entekhabat", "WARN"))) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var results = context.getBean(Results.class);
            var registry = context.getBean(ResultsRegistry.class);
            figures.put("postgresql", context.getBean(JdbcClient.class).sql("show server_version").query(String.class).single());
            String run = "B" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            int total = stations + samples;

            long t0 = System.nanoTime();
            var keys = new KeyPair[total];
            var gen = KeyPairGenerator.getInstance("Ed25519");
            for (int i = 0; i < total; i++) keys[i] = gen.generateKeyPair();
            register(registry, run, keys);
            figures.put("setup_s (keys, contests, stations)", seconds(t0));

            t0 = System.nanoTime();
            var reports = new SignedStationReport[total];
            var random = new Random(42);
            for (int i = 0; i < total; i++) reports[i] = SignedStationReport.sign(report(run, i, random), keys[i].getPrivate());
            figures.put("signing_s (station side, not central)", seconds(t0));

            t0 = System.nanoTime();
            intake(results, Arrays.copyOf(reports, stations));
            double intake = seconds(t0);
            figures.put("intake_reports", stations);
            figures.put("intake_s", intake);
            figures.put("intake_reports_per_s", Math.round(stations / intake));

            results.nation(); // warm-up
            t0 = System.nanoTime();
            var nation = results.nation();
            figures.put("national_aggregation_s", seconds(t0));
            figures.put("national_contests", nation.seats().size());
            figures.put("national_ballots", nation.regions().get(0).ballots());

            latency(port, run, Arrays.copyOfRange(reports, stations, total));

            if (!skipVerify) {
                Path dir = Files.createTempDirectory("entekhabat-bench-record");
                t0 = System.nanoTime();
                results.exportRecord(dir);
                figures.put("export_s", seconds(t0));
                t0 = System.nanoTime();
                var check = RecordVerifier.verify(dir);
                figures.put("verify_s (independent, all signatures)", seconds(t0));
                figures.put("verify_ok", check.ok());
                figures.put("verify_findings", check.findings().size());
                org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            }
        }
    }

    private void machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        figures.put("cpus", Runtime.getRuntime().availableProcessors());
        figures.put("os", os.getName() + " " + os.getVersion() + " " + os.getArch());
        figures.put("java", Runtime.version().toString());
        figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
        try {
            figures.put("cpu_model", Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?"));
        } catch (Exception e) {
            figures.put("cpu_model", "?");
        }
    }

    private String contestOf(String run, int station) {
        return run + "-C" + (station / perContest);
    }

    private static String station(String run, int i) {
        return run + "-S" + i;
    }

    private void register(ResultsRegistry registry, String run, KeyPair[] keys) {
        int contests = (keys.length + perContest - 1) / perContest;
        var defs = new ArrayList<ContestDefinition>();
        for (int c = 0; c < contests; c++) {
            String county = run + "-county" + (c % 482), province = run + "-prov" + (c % 31);
            defs.add(new ContestDefinition(run + "-C" + c, "شورای " + c, county, province, 5, 3, CountingMethod.PLURALITY, Map.of()));
        }
        registry.contests(defs, "", "");
        var expected = new ArrayList<ResultsRegistry.ExpectedStation>();
        var devices = new ArrayList<ResultsRegistry.DeviceKey>();
        for (int i = 0; i < keys.length; i++) {
            expected.add(new ResultsRegistry.ExpectedStation(contestOf(run, i), station(run, i)));
            devices.add(new ResultsRegistry.DeviceKey("dev-" + station(run, i), station(run, i), keys[i].getPublic()));
        }
        registry.expectedStations(expected);
        registry.deviceKeys(devices);
    }

    private StationReport report(String run, int i, Random random) {
        var votes = new TreeMap<String, Long>();
        long sum = 0;
        for (int c = 0; c < candidates; c++) {
            long v = random.nextInt(120);
            votes.put(String.valueOf(1000 + c), v);
            sum += v;
        }
        long blank = random.nextInt(10), invalid = random.nextInt(5);
        long ballots = sum / 3 + blank + invalid;
        var count = new StationReport.ContestCount(contestOf(run, i), ballots, blank, invalid, votes, null);
        return new StationReport("1405", station(run, i), "dev-" + station(run, i), Instant.parse("2026-05-01T04:30:00Z"),
                Instant.parse("2026-05-01T14:30:00Z"), ballots, ballots, 0, "", "00".repeat(32), List.of(count));
    }

    private void intake(Results results, SignedStationReport[] reports) throws Exception {
        var next = new AtomicInteger();
        var refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        var futures = new ArrayList<Future<?>>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < reports.length; ) {
                    if (results.receive(reports[i]).kind() != IntakeOutcome.Kind.ACCEPTED) refused.incrementAndGet();
                }
            }));
        }
        for (var f : futures) f.get();
        pool.shutdown();
        if (refused.get() > 0) throw new IllegalStateException(refused.get() + " reports were not accepted");
    }

    /** POST each report over HTTP, then poll the public contest JSON until the station is listed as in. */
    private void latency(int port, String run, SignedStationReport[] reports) throws Exception {
        if (reports.length == 0) return;
        var http = HttpClient.newHttpClient();
        var mapper = JsonMapper.builder().build();
        var millis = new double[reports.length];
        for (int k = 0; k < reports.length; k++) {
            var r = reports[k];
            String station = r.report().stationCode();
            String contest = r.report().contests().get(0).contestId();
            long t0 = System.nanoTime();
            var post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/station-api/reports"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(r))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (post.statusCode() != 201) throw new IllegalStateException("report refused: " + post.body());
            while (true) {
                var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/results/contests/" + contest)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (mapper.readTree(page.body()).get("stationsIn").toString().contains("\"" + station + "\"")) break;
            }
            millis[k] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        figures.put("arrival_to_public_json_ms_median", Math.round(millis[millis.length / 2] * 10) / 10.0);
        figures.put("arrival_to_public_json_ms_max", Math.round(millis[millis.length - 1] * 10) / 10.0);
        figures.put("page_poll_interval_s", 5);
    }

    private static double seconds(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
    }
}
