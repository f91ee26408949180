package org.entekhabat.cli;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.Person;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Candidate registrations per second over HTTP on the last day of city registration: each one is the
 * single-request registration ({@code POST /api/candidacy/registrations}: identity check, rules, documents,
 * tracking id, the vetting case and its five inquiries, two audit entries, one transaction). Against a
 * running server ({@code --url}, started with {@code entekhabat.clock.fixed} inside the window and the demo
 * loaded), or an in-process server on a fresh embedded database with the clock pinned.
 */
@Command(name = "registrations", mixinStandardHelpOptions = true,
        description = "Measure candidate registrations per second and their latency with many concurrent candidates (last day, fixed clock).")
class BenchRegistrationsCommand implements Callable<Integer> {

    static final byte[] PDF = "%PDF-1.4\n% bench\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Mixin DatabaseOptions db;

    @Option(names = "--url", description = "a running server, e.g. http://localhost:8080 (default: start one in-process)")
    String url;

    @Option(names = "--clients", defaultValue = "200", description = "concurrent candidates (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--registrations", defaultValue = "2000", description = "registrations measured (default: ${DEFAULT-VALUE})")
    int registrations;

    @Option(names = "--warmup", defaultValue = "400", description = "registrations before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--constituency", defaultValue = "CITY-1000001001101", description = "where they register (default: Arak, ${DEFAULT-VALUE})")
    String constituency;

    @Option(names = "--clock", defaultValue = "2026-01-17T08:00:00Z",
            description = "the in-process server's fixed clock (default: 1404/10/27 11:30 Tehran, the last day: ${DEFAULT-VALUE})")
    String clock;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (url != null) return run(url.replaceAll("/+$", ""));
        if (db.url == null && db.dataDir == null) db.dataDir = Files.createTempDirectory("entekhabat-bench-pg").toString();
        var props = new HashMap<String, Object>(Map.of("server.port", 0, "logging.level.root", "WARN",
                "logging.level.org.entekhabat", "WARN", "entekhabat.clock.fixed", clock));
        try (var context = SpringContexts.web(db, props)) {
            context.getBean(GeographyImports.class).importDivisions(true);
            context.getBean(Elections.class).loadDemoIfAbsent();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return run("http://localhost:" + port);
        }
    }

    private int run(String base) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long seed = System.nanoTime();
        var people = people(warmup + registrations, seed);
        runConcurrently(http, base, people.subList(0, warmup));
        var stats = runConcurrently(http, base, people.subList(warmup, people.size()));
        if (json) {
            System.out.println("{\"clients\":" + clients + ",\"cores\":" + Runtime.getRuntime().availableProcessors()
                    + ",\"constituency\":\"" + constituency + "\",\"results\":[" + stats.json("registration.http") + "]}");
        } else {
            System.out.println("clients " + clients + ", registrations " + stats.count() + " (after " + warmup + " warm-up), constituency "
                    + constituency + ", cores " + Runtime.getRuntime().availableProcessors() + ", server " + base);
            System.out.println(stats.line("registration over HTTP"));
        }
        return 0;
    }

    /** Living people of 30..70 from the simulated civil registry, each used once. */
    private List<Person> people(int n, long seed) {
        var registry = new CivilRegistrySimulator();
        var out = new ArrayList<Person>(n);
        var day = LocalDate.parse(clock.substring(0, 10));
        for (long i = 0; out.size() < n; i++) {
            registry.lookup(CivilRegistrySimulator.codeFor(seed * 7919 + i)).filter(Person::alive)
                    .filter(p -> p.ageOn(day) >= 30 && p.ageOn(day) <= 70).ifPresent(out::add);
        }
        return out;
    }

    private Latencies runConcurrently(HttpClient http, String base, List<Person> people) throws Exception {
        int per = Math.max(1, people.size() / clients);
        long[][] times = new long[clients][per];
        var barrier = new CyclicBarrier(clients + 1);
        var errors = new ConcurrentLinkedQueue<Throwable>();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    barrier.await();
                    for (int i = 0; i < per; i++) {
                        Person p = people.get((client * per + i) % people.size());
                        long t = System.nanoTime();
                        register(http, base, p);
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
        if (!errors.isEmpty()) throw new IllegalStateException("registrations failed: " + errors.peek().getMessage(), errors.peek());
        return new Latencies(times, wall);
    }

    private void register(HttpClient http, String base, Person p) throws Exception {
        String boundary = "bench" + Long.toHexString(System.nanoTime());
        var body = new ByteArrayOutputStream();
        String draft = """
                {"nationalCode":"%s","firstName":"%s","lastName":"%s","birthDate":"%s","constituencyId":"%s","education":"MASTER",
                 "educationCertificateCode":"12345678901234567890","militaryService":"COMPLETED","criminalRecordIssuedOn":"2025-12-01",
                 "answers":{"motivation":"bench"}}""".formatted(p.code().value(), p.firstName(), p.lastName(),
                p.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE), constituency);
        part(body, boundary, "draft", null, "application/json", draft.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "EDUCATION_CERTIFICATE", "madrak.pdf", "application/pdf", PDF);
        part(body, boundary, "CRIMINAL_RECORD_CERTIFICATE", "sooe.pdf", "application/pdf", PDF);
        part(body, boundary, "PHOTO", "aks.png", "image/png", PNG);
        if (p.sex() == Person.Sex.MALE) part(body, boundary, "MILITARY_SERVICE_CARD", "kart.pdf", "application/pdf", PDF);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/candidacy/registrations"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) throw new IllegalStateException("registration refused: " + response.statusCode() + " " + response.body());
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String file, String type, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
