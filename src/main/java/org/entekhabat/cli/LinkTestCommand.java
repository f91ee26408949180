package org.entekhabat.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.SignedRequestClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures round trips from this station's node to central ({@code GET /api/public/ping}, public)
 * and posts the result to {@code POST /station-api/link-tests}, signed with the station device's
 * key ({@link DeviceKeys} in {@code --dir}), where it enters the station's checklist. Central
 * accepts it only from a registered device of that station.
 */
@Command(name = "link-test", mixinStandardHelpOptions = true,
        description = "Measure the link from this station to central and report it to the station's checklist.")
class LinkTestCommand implements Callable<Integer> {

    @Option(names = "--central", required = true, description = "central server URL, e.g. https://central.example/")
    String central;

    @Option(names = "--station", required = true, description = "station code, e.g. ST-1000001-001")
    String station;

    @Option(names = "--dir", required = true,
            description = "directory of this device's key (device-id, device-ed25519.key, device-ed25519.pub)")
    Path dir;

    @Option(names = "--count", defaultValue = "10", description = "round trips to measure (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--timeout", defaultValue = "PT5S", description = "per round-trip timeout, ISO-8601 (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Integer call() throws Exception {
        if (count < 1 || count > 1000) throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 1..1000");
        String base = central.endsWith("/") ? central.substring(0, central.length() - 1) : central;
        DeviceKeys keys = DeviceKeys.load(dir); // before measuring: no key, no test
        var http = HttpClient.newBuilder().connectTimeout(timeout).build();
        var times = new ArrayList<Double>();
        int lost = 0;
        for (int i = 0; i < count; i++) {
            Double ms = roundTrip(http, URI.create(base + "/api/public/ping"));
            if (ms == null) lost++;
            else times.add(ms);
        }
        var report = report(count, lost, times);
        var body = new LinkedHashMap<String, Object>();
        body.put("stationCode", station);
        body.putAll(report);
        var signed = new SignedRequestClient(URI.create(base + "/"), keys, Clock.systemUTC(), http);
        var response = signed.post("/station-api/link-tests", JSON.writeValueAsString(body));
        var out = spec.commandLine().getOut();
        if (response.statusCode() / 100 != 2) {
            spec.commandLine().getErr().println("entekhabat: central refused the link test (HTTP " + response.statusCode() + "): " + response.body());
            return 2;
        }
        if (json) {
            out.println(response.body());
        } else {
            out.printf("station %s: %d/%d round trips answered, loss %d%%, avg %s ms (min %s, max %s); recorded at central%n",
                    station, count - lost, count, lost * 100 / count, fmt(report.get("avgMs")), fmt(report.get("minMs")), fmt(report.get("maxMs")));
        }
        out.flush();
        return 0;
    }

    /** Milliseconds of one GET, or null if it failed or timed out. Uses the monotonic nano clock. */
    private Double roundTrip(HttpClient http, URI ping) {
        var request = HttpRequest.newBuilder(ping).timeout(timeout).GET().build();
        long start = System.nanoTime();
        try {
            var r = http.send(request, HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? (System.nanoTime() - start) / 1_000_000.0 : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static Map<String, Object> report(int samples, int lost, List<Double> times) {
        var m = new LinkedHashMap<String, Object>();
        m.put("samples", samples);
        m.put("lost", lost);
        m.put("minMs", times.isEmpty() ? null : round(times.stream().mapToDouble(d -> d).min().orElseThrow()));
        m.put("avgMs", times.isEmpty() ? null : round(times.stream().mapToDouble(d -> d).average().orElseThrow()));
        m.put("maxMs", times.isEmpty() ? null : round(times.stream().mapToDouble(d -> d).max().orElseThrow()));
        return m;
    }

    private static Double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    private static String fmt(Object v) {
        return v == null ? "-" : v.toString();
    }
}
