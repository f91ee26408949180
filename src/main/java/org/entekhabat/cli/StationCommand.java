package org.entekhabat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entekhabat.polling.StationNodes;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The station node (one per polling station) and the central jobs that prepare for it. */
@Command(name = "station", mixinStandardHelpOptions = true,
        description = "Station node: set up a node directory, register its devices at central, serve the terminals, test the link; load station packages.",
        subcommands = {StationCommand.Setup.class, StationCommand.RegisterDevices.class, StationCommand.Serve.class,
                StationCommand.PackageCommand.class, LinkTestCommand.class})
class StationCommand extends CommandGroup {

    @Command(name = "setup", mixinStandardHelpOptions = true,
            description = "Create a node directory: device key pairs (authentication and voting terminals), staff PINs, devices.json, the package.")
    static class Setup implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "the node directory (created)") Path dir;
        @Option(names = "--station", required = true, description = "station code") String station;
        @Option(names = "--central", required = true, description = "central server URL, e.g. http://localhost:8080") String central;
        @Option(names = "--package", description = "station package JSON (otherwise fetched from central at first serve)") Path packageFile;
        @Option(names = "--staff", required = true, arity = "1..*",
                description = "staff member as ID:NAME:PIN (4-12 digit PIN); at least two, for the double entry of paper counts") List<String> staff;
        @Option(names = "--json", description = "print the devices as JSON") boolean json;

        @Override
        public Integer call() throws Exception {
            var devices = StationNodes.setup(dir, station, central, staff, packageFile);
            if (json) {
                System.out.println(Files.readString(dir.resolve("devices.json")));
                return 0;
            }
            System.out.println("Station node " + station + " set up in " + dir.toAbsolutePath());
            for (var d : devices) System.out.println("  " + d.role() + "  " + d.deviceId() + "  " + d.publicKeyBase64());
            System.out.println("Register these public keys at central (" + dir.resolve("devices.json") + "), e.g.:");
            System.out.println("  entekhabat station register-devices --dir " + dir);
            return 0;
        }
    }

    @Command(name = "register-devices", mixinStandardHelpOptions = true,
            description = "Register a node's devices (its devices.json) at central: through central's API while it runs "
                    + "(--central, signed in as HQ or the station's governor), or as a job on central's database.")
    static class RegisterDevices implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--dir", required = true, description = "the node directory (only devices.json is read)") Path dir;
        @Option(names = "--central", description = "central server URL: register through its API instead of its database") String central;
        @Option(names = "--user", description = "an official's username for --central (password from ENTEKHABAT_PASSWORD or standard input)") String user;
        @Option(names = "--json", description = "print what was registered as JSON") boolean json;

        @Override
        public Integer call() throws Exception {
            var devices = StationNodes.devices(dir);
            var lines = central != null ? overHttp(devices) : inDatabase(devices);
            System.out.println(json ? "[" + String.join(",", lines) + "]" : String.join("\n", lines));
            return lines.stream().anyMatch(l -> l.contains("refused")) ? 2 : 0;
        }

        private List<String> inDatabase(List<StationNodes.DeviceToRegister> devices) {
            var lines = new ArrayList<String>();
            try (var context = SpringContexts.job(db)) {
                var registry = context.getBean(DeviceRegistry.class);
                for (var d : devices) {
                    String state = registry.find(d.deviceId()).isPresent() ? "already registered"
                            : registry.register(d.deviceId(), d.stationCode(), d.publicKeyBase64(), DeviceRole.valueOf(d.role())).status().name();
                    lines.add(line(d.deviceId(), state));
                }
            }
            return lines;
        }

        private List<String> overHttp(List<StationNodes.DeviceToRegister> devices) throws Exception {
            if (user == null) throw new CommandLine.ParameterException(new CommandLine(this), "--central needs --user");
            String password = System.getenv("ENTEKHABAT_PASSWORD");
            if (password == null) password = new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var http = java.net.http.HttpClient.newHttpClient();
            var lines = new ArrayList<String>();
            for (var d : devices) {
                String body = Json.write(Map.of("deviceId", d.deviceId(), "stationCode", d.stationCode(),
                        "publicKey", d.publicKeyBase64(), "role", d.role()));
                var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(central.replaceAll("/$", "") + "/api/devices"))
                        .header("Content-Type", "application/json").header("Authorization", auth)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                String state = switch (response.statusCode()) {
                    case 201 -> "ACTIVE";
                    case 409 -> "already registered";
                    default -> "refused (" + response.statusCode() + "): " + response.body();
                };
                lines.add(line(d.deviceId(), state));
            }
            return lines;
        }

        private String line(String deviceId, String state) {
            return json ? "{\"deviceId\":\"" + deviceId + "\",\"state\":\"" + state.replace("\"", "'") + "\"}" : deviceId + ": " + state;
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Run the station node: authentication terminal (/auth), voting terminal (/vote), staff pages (/staff). No database.")
    static class Serve implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "the node directory made by `station setup`") Path dir;
        @Option(names = "--port", defaultValue = "8090", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)") int port;
        @Option(names = "--central", description = "central server URL (default: the one given at setup)") String central;
        @Option(names = "--set", description = "extra setting key=value, e.g. entekhabat.node.residence-rule=DECLARED_ONE_YEAR_BELOW_100K")
        Map<String, String> settings = new HashMap<>();

        @Override
        public Integer call() {
            var context = StationNodes.serve(dir, port, central, new HashMap<>(settings));
            System.out.println();
            System.out.println("entekhabat station node is running at http://localhost:" + StationNodes.port(context) + "/");
            System.out.println("Press Ctrl+C to stop.");
            System.out.flush();
            return ServeCommand.waitForShutdown(context);
        }
    }

    @Command(name = "package", mixinStandardHelpOptions = true, description = "Station packages at central.",
            subcommands = {PackageImport.class})
    static class PackageCommand implements Runnable {
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(System.out);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Load (or replace) a station package into central's database.")
    static class PackageImport implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Parameters(paramLabel = "FILE", description = "station package JSON") Path file;
        @Option(names = "--json", description = "print the result as JSON") boolean json;

        @Override
        public Integer call() {
            var p = StationPackageJson.read(file);
            try (var context = SpringContexts.job(db)) {
                context.getBean(StationPackageSource.class).save(p);
            }
            int contests = p.contests().size();
            System.out.println(json ? "{\"station\":\"" + p.stationCode() + "\",\"election\":\"" + p.electionId() + "\",\"contests\":" + contests + "}"
                    : "Loaded the package of station " + p.stationCode() + " (election " + p.electionId() + ", " + contests + " contests).");
            return 0;
        }
    }
}
