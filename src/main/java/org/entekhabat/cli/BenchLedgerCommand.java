package org.entekhabat.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.SignedRequestClient;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Claims per second through the whole stack (signed HTTP → signature check → nonce and ledger
 * insert in one durable commit), then the bare ledger statement over JDBC at the same concurrency.
 * The HTTP phase runs with a lean keep-alive load generator ({@link BenchConnection}), with the JDK
 * HttpClient the stations use, or both; every request is signed in the timed loop, as a station does.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Measure participation claims over signed HTTP and the bare SQL statement, on PostgreSQL with durable commits.")
class BenchLedgerCommand implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Option(names = "--clients", defaultValue = "16", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--claims", defaultValue = "20000", description = "claims in total per phase (default: ${DEFAULT-VALUE})")
    int claims;

    @Option(names = "--warmup", defaultValue = "20000",
            description = "claims before measuring, so the JIT has compiled the hot path as on a long-running central (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--http-client", defaultValue = "both",
            description = "load generator for the HTTP phase: raw (one kept-alive socket per client), jdk (java.net.http.HttpClient, HTTP/1.1), both (default: ${DEFAULT-VALUE})")
    String httpClient;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "a Spring property for the server under test, e.g. --set server.tomcat.threads.max=8 (repeatable)")
    Map<String, String> set = new HashMap<>();

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    private CpuMeter cpu;

    @Override
    public Integer call() throws Exception {
        if (!java.util.List.of("raw", "jdk", "both").contains(httpClient)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--http-client: raw, jdk or both");
        }
        if (db.url == null && db.dataDir == null) db.dataDir = Files.createTempDirectory("entekhabat-bench-pg").toString();
        var props = new HashMap<String, Object>(Map.of("server.port", 0, "logging.level.root", "WARN", "logging.level.org.entekhabat", "WARN"));
        props.putAll(set);
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        cpu = new CpuMeter(db.url == null ? java.nio.file.Path.of(db.dataDir) : null);
        try (var context = SpringContexts.web(db, props)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String run = Long.toString(System.currentTimeMillis(), 36);
            var registry = context.getBean(DeviceRegistry.class);
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var stationClients = new ArrayList<SignedRequestClient>();
            for (int c = 0; c < clients; c++) {
                var keys = DeviceKeys.generate("BENCH-" + run + "-" + c);
                registry.register(keys.deviceId(), "BS-" + run + "-" + c, keys.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
                stationClients.add(new SignedRequestClient(URI.create("http://localhost:" + port + "/"), keys, Clock.systemUTC(), http));
            }
            var connections = new ArrayList<BenchConnection>();
            for (int c = 0; c < clients; c++) connections.add(new BenchConnection("localhost", port));
            double loadBefore = os.getSystemLoadAverage();
            long seed = System.nanoTime();
            var results = new java.util.LinkedHashMap<String, Phase>();
            // every warm-up first, so that no measured phase gets a colder JIT than another
            if (!httpClient.equals("jdk")) overHttp(stationClients, connections, "WR-" + run, warmup, seed);
            if (!httpClient.equals("raw")) overHttp(stationClients, null, "WJ-" + run, warmup, seed + 2);
            if (!httpClient.equals("jdk")) {
                results.put("claim.http.raw", overHttp(stationClients, connections, "HR-" + run, claims, seed + 1));
            }
            if (!httpClient.equals("raw")) {
                results.put("claim.http.jdk", overHttp(stationClients, null, "HJ-" + run, claims, seed + 3));
            }
            for (var c : connections) c.close();
            var dataSource = context.getBean(DataSource.class);
            bareSql(dataSource, "WS-" + run, warmup, seed + 4);
            results.put("claim.sql", bareSql(dataSource, "J-" + run, claims, seed + 5));
            double loadAfter = os.getSystemLoadAverage();
            if (json) {
                var items = results.entrySet().stream().map(e -> json(e.getKey(), e.getValue())).toList();
                System.out.println("{\"clients\":" + clients + ",\"cores\":" + Runtime.getRuntime().availableProcessors()
                        + String.format(java.util.Locale.ROOT, ",\"loadBefore\":%.2f,\"loadAfter\":%.2f", loadBefore, loadAfter)
                        + ",\"results\":[" + String.join(",", items) + "]}");
            } else {
                System.out.println("clients " + clients + ", claims per phase " + claims + ", cores " + Runtime.getRuntime().availableProcessors()
                        + ", PostgreSQL " + version(dataSource) + " (fsync " + setting(dataSource, "fsync")
                        + ", synchronous_commit " + setting(dataSource, "synchronous_commit") + ")"
                        + String.format(java.util.Locale.ROOT, ", 1-min load average %.2f before, %.2f after", loadBefore, loadAfter));
                var names = Map.of("claim.http.raw", "claim over signed HTTP (raw client)",
                        "claim.http.jdk", "claim over signed HTTP (JDK client)", "claim.sql", "bare insert..on conflict (JDBC)");
                results.forEach((k, v) -> {
                    System.out.println(v.latencies().line(names.get(k)));
                    System.out.println("    " + cpuLine(k, v));
                });
            }
        }
        return 0;
    }

    /**
     * What a claim cost in CPU. With the raw load generator the client threads are measured apart,
     * so the rest of the JVM is central's own work; with the JDK client its selector threads are in
     * the JVM figure. "Central alone" divides the cores by central's CPU per claim: what these cores
     * would carry if nothing else ran on them.
     */
    private static String cpuLine(String name, Phase p) {
        double client = p.perClaimMicros(p.clientCpu());
        double jvm = p.perClaimMicros(p.jvmCpu() - p.clientCpu());
        double pg = p.perClaimMicros(p.postgresCpu());
        int cores = Runtime.getRuntime().availableProcessors();
        var f = java.util.Locale.ROOT;
        return switch (name) {
            case "claim.sql" -> String.format(f, "CPU per claim: JDBC client %.0f µs, PostgreSQL %.0f µs", client, pg);
            case "claim.http.jdk" -> String.format(f, "CPU per claim: calling threads %.0f µs, rest of the JVM (server and JDK client's threads) %.0f µs, PostgreSQL %.0f µs",
                    client, jvm, pg);
            default -> String.format(f, "CPU per claim: load generator %.0f µs, central JVM %.0f µs, PostgreSQL %.0f µs"
                    + " -> central alone on %d cores: ~%.0f claims/s", client, jvm, pg, cores, pg < 0 ? 0 : cores * 1e6 / (jvm + pg));
        };
    }

    private static String json(String name, Phase p) {
        String lat = p.latencies().json(name);
        return lat.substring(0, lat.length() - 1) + String.format(java.util.Locale.ROOT,
                ",\"cpuPerClaimUs\":{\"client\":%.1f,\"jvmOther\":%.1f,\"postgres\":%.1f}}",
                p.perClaimMicros(p.clientCpu()), p.perClaimMicros(p.jvmCpu() - p.clientCpu()), p.perClaimMicros(p.postgresCpu()));
    }

    private Phase overHttp(List<SignedRequestClient> stationClients, List<BenchConnection> raw, String election, int total,
                               long seed) throws Exception {
        return runConcurrently(total, (c, i) -> {
            var client = stationClients.get(c);
            String station = client.keys().deviceId().replace("BENCH-", "BS-");
            var code = CivilRegistrySimulator.codeFor(seed * 31 + (long) c * 10_000_000L + i);
            byte[] body = ("{\"electionId\":\"" + election + "\",\"nationalCode\":\"" + code
                    + "\",\"stationCode\":\"" + station + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var signed = client.sign("POST", "/station-api/claims", body);
            int status;
            String answer;
            if (raw != null) {
                var response = raw.get(c).send(signed, body);
                status = response.status();
                answer = response.body();
            } else {
                var response = client.send(signed);
                status = response.statusCode();
                answer = response.body();
            }
            if (status != 200 && status != 409) throw new IllegalStateException("claim failed: " + status + " " + answer);
        });
    }

    private Phase bareSql(DataSource dataSource, String election, int total, long seed) throws Exception {
        var connections = new ArrayList<java.sql.Connection>();
        for (int c = 0; c < clients; c++) connections.add(dataSource.getConnection());
        try {
            return runConcurrently(total, (c, i) -> {
                var code = CivilRegistrySimulator.codeFor(seed * 31 + (long) c * 10_000_000L + i);
                try (var st = connections.get(c).prepareStatement("""
                        insert into participation (election_id, national_code, station_code, device_id, claimed_at, channel)
                        values (?, ?, ?, ?, ?, 'ELECTRONIC') on conflict do nothing returning claimed_at""")) {
                    st.setString(1, election);
                    st.setString(2, code.value());
                    st.setString(3, "BS-" + c);
                    st.setString(4, "BENCH-" + c);
                    st.setTimestamp(5, Timestamp.from(Instant.now()));
                    try (var rs = st.executeQuery()) {
                        rs.next();
                    }
                }
            });
        } finally {
            for (var c : connections) c.close();
        }
    }

    interface Op {
        void run(int client, int i) throws Exception;
    }

    /** One timed phase: latencies, and the CPU it cost the client threads, this whole JVM and PostgreSQL. */
    record Phase(Latencies latencies, long clientCpu, long jvmCpu, long postgresCpu) {
        double perClaimMicros(long nanos) {
            return nanos < 0 ? -1 : nanos / 1e3 / latencies.count();
        }
    }

    private Phase runConcurrently(int total, Op op) throws Exception {
        int per = Math.max(1, total / clients);
        long[][] times = new long[clients][per];
        var barrier = new CyclicBarrier(clients + 1);
        var errors = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        var clientCpu = new java.util.concurrent.atomic.AtomicLong();
        var threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    barrier.await();
                    long cpu = threadCpu.getCurrentThreadCpuTime();
                    for (int i = 0; i < per; i++) {
                        long t = System.nanoTime();
                        op.run(client, i);
                        times[client][i] = System.nanoTime() - t;
                    }
                    clientCpu.addAndGet(threadCpu.getCurrentThreadCpuTime() - cpu);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        long jvm = cpu.jvmNanos();
        long pg = cpu.postgresNanos();
        barrier.await();
        long start = System.nanoTime();
        for (var t : threads) t.join();
        long wall = System.nanoTime() - start;
        long pgAfter = cpu.postgresNanos();
        long jvmCpu = cpu.jvmNanos() - jvm;
        if (!errors.isEmpty()) throw new IllegalStateException("benchmark failed", errors.peek());
        return new Phase(new Latencies(times, wall), clientCpu.get(), jvmCpu, pg < 0 || pgAfter < 0 ? -1 : pgAfter - pg);
    }

    private static String version(DataSource dataSource) throws Exception {
        return setting(dataSource, "server_version");
    }

    private static String setting(DataSource dataSource, String name) throws Exception {
        try (var c = dataSource.getConnection(); var rs = c.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
