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
 * Claims per second through the whole stack (signed HTTP → signature check → nonce insert →
 * ledger insert, durable commits), then the bare ledger statement over JDBC at the same concurrency.
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Measure participation claims over signed HTTP and the bare SQL statement, on PostgreSQL with durable commits.")
class BenchLedgerCommand implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Option(names = "--clients", defaultValue = "16", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--claims", defaultValue = "20000", description = "claims in total per phase (default: ${DEFAULT-VALUE})")
    int claims;

    @Option(names = "--warmup", defaultValue = "2000", description = "claims before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (db.url == null && db.dataDir == null) db.dataDir = Files.createTempDirectory("entekhabat-bench-pg").toString();
        var props = new HashMap<String, Object>(Map.of("server.port", 0, "logging.level.root", "WARN", "logging.level.org.entekhabat", "WARN"));
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
            long seed = System.nanoTime();
            overHttp(stationClients, "W-" + run, warmup, seed);
            var httpStats = overHttp(stationClients, "H-" + run, claims, seed + 1);
            var dataSource = context.getBean(DataSource.class);
            bareSql(dataSource, "W-" + run, warmup, seed + 2);
            var sqlStats = bareSql(dataSource, "J-" + run, claims, seed + 3);
            if (json) {
                System.out.println("{\"clients\":" + clients + ",\"cores\":" + Runtime.getRuntime().availableProcessors()
                        + ",\"results\":[" + httpStats.json("claim.http") + "," + sqlStats.json("claim.sql") + "]}");
            } else {
                System.out.println("clients " + clients + ", claims per phase " + claims + ", cores " + Runtime.getRuntime().availableProcessors()
                        + ", PostgreSQL " + version(dataSource) + " (fsync on, synchronous_commit on)");
                System.out.println(httpStats.line("claim over signed HTTP"));
                System.out.println(sqlStats.line("bare insert..on conflict (JDBC)"));
            }
        }
        return 0;
    }

    private Latencies overHttp(List<SignedRequestClient> stationClients, String election, int total, long seed) throws Exception {
        return runConcurrently(total, (c, i) -> {
            var client = stationClients.get(c);
            String station = client.keys().deviceId().replace("BENCH-", "BS-");
            var code = CivilRegistrySimulator.codeFor(seed * 31 + (long) c * 10_000_000L + i);
            var response = client.post("/station-api/claims", "{\"electionId\":\"" + election + "\",\"nationalCode\":\"" + code
                    + "\",\"stationCode\":\"" + station + "\"}");
            if (response.statusCode() != 200 && response.statusCode() != 409) {
                throw new IllegalStateException("claim failed: " + response.statusCode() + " " + response.body());
            }
        });
    }

    private Latencies bareSql(DataSource dataSource, String election, int total, long seed) throws Exception {
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

    private Latencies runConcurrently(int total, Op op) throws Exception {
        int per = Math.max(1, total / clients);
        long[][] times = new long[clients][per];
        var barrier = new CyclicBarrier(clients + 1);
        var errors = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    barrier.await();
                    for (int i = 0; i < per; i++) {
                        long t = System.nanoTime();
                        op.run(client, i);
                        times[client][i] = System.nanoTime() - t;
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        barrier.await();
        long start = System.nanoTime();
        for (var t : threads) t.join();
        long wall = System.nanoTime() - start;
        if (!errors.isEmpty()) throw new IllegalStateException("benchmark failed", errors.peek());
        return new Latencies(times, wall);
    }

    private static String version(DataSource dataSource) throws Exception {
        try (var c = dataSource.getConnection(); var rs = c.createStatement().executeQuery("show server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
