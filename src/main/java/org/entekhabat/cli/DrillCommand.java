package org.entekhabat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entekhabat.drills.DrillCsv;
import org.entekhabat.drills.DrillPlan;
import org.entekhabat.drills.DrillProgress;
import org.entekhabat.drills.DrillReport;
import org.entekhabat.drills.Drills;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Drills (مانور): a compressed election day on a sandbox copy of central; also the load generator for benchmarks. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Drills: run a compressed election day on a sandbox copy of central, list drills, print a drill's report.",
        subcommands = {DrillCommand.Run.class, DrillCommand.ListRuns.class, DrillCommand.Report.class})
class DrillCommand extends CommandGroup {

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run a drill: N stations × M voters through authentication, voting, an optional link failure (paper process),",
                    "close and signed reports, against a sandbox central on schema drill_<id> (dropped afterwards). Shows a progress line.",
                    "A job on central's database: with the embedded one, stop the server first (or start the drill from /drills)."})
    static class Run implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--stations", defaultValue = "20", description = "stations (default: ${DEFAULT-VALUE})") int stations;
        @Option(names = "--voters", defaultValue = "100", description = "voters per station (default: ${DEFAULT-VALUE})") int voters;
        @Option(names = "--rate", defaultValue = "0", description = "voters per minute at each station; 0 = as fast as possible (default: ${DEFAULT-VALUE})") int rate;
        @Option(names = "--link-failure", description = "cut the link of some stations for the middle third of their voters") boolean linkFailure;
        @Option(names = "--link-failure-share", defaultValue = "20", description = "percent of stations whose link fails (default: ${DEFAULT-VALUE})") int share;
        @Option(names = "--double-voters", description = "at each link-failure station one paper voter has already voted elsewhere") boolean doubleVoters;
        @Option(names = "--county", description = "county id (stations of the registry there; made-up ones fill up)") String county;
        @Option(names = "--province", description = "province id") String province;
        @Option(names = "--parallel", defaultValue = "16", description = "voters in flight across all stations (default: ${DEFAULT-VALUE})") int parallel;
        @Option(names = "--seed", description = "seed of voters, choices and typos (default: random)") Long seed;
        @Option(names = "--node-dir", description = "where the nodes' directories go (default: a temporary directory)") String nodeDir;
        @Option(names = "--csv", description = "also write the stations as CSV to this file") Path csv;
        @Option(names = "--json", description = "print the report as JSON (progress goes to stderr)") boolean json;

        @Override
        public Integer call() throws Exception {
            if (db.url == null && db.dataDir == null && System.getenv("ENTEKHABAT_DB_URL") == null) {
                System.err.println("(drill on the embedded database in var/pg: the central server must be stopped)");
            }
            var plan = new DrillPlan(province, county, stations, voters, rate, linkFailure, share, parallel, doubleVoters,
                    seed == null ? System.nanoTime() : seed, nodeDir);
            plan.requireValid();
            try (var context = context(db)) {
                var drills = context.getBean(Drills.class);
                var progress = new ProgressLine();
                var report = drills.run(plan, "cli:" + System.getProperty("user.name", "cli"), progress::show);
                progress.done();
                if (csv != null) Files.writeString(csv, DrillCsv.write(report));
                if (json) System.out.println(Json.write(report.json()));
                else print(report);
                return "DONE".equals(report.run().status()) && report.reportsAccepted() == report.stations().size() ? 0 : 1;
            }
        }
    }

    /**
     * Central's context for the drill jobs: a web context on a free local port, quiet logs. (A plain
     * job context does not start on main today: results' machine-endpoint security needs HttpSecurity.)
     */
    static org.springframework.context.ConfigurableApplicationContext context(DatabaseOptions db) {
        return SpringContexts.web(db, java.util.Map.of("server.port", 0, "server.address", "127.0.0.1",
                "logging.level.root", "WARN", "logging.level.org.entekhabat", "WARN"));
    }

    /** One line, rewritten in place on a terminal; a new line every 5 s otherwise (logs, CI). */
    static final class ProgressLine {
        private final boolean terminal = System.console() != null;
        private long last;

        void show(DrillProgress p) {
            if (terminal) {
                System.err.print("\r" + p.line() + "   ");
            } else if (System.currentTimeMillis() - last >= 5000 || p.finished()) {
                last = System.currentTimeMillis();
                System.err.println(p.line());
            }
        }

        void done() {
            if (terminal) System.err.println();
        }
    }

    static void print(DrillReport report) {
        var run = report.run();
        System.out.println("Drill " + run.id() + ": " + run.status() + (run.error().isBlank() ? "" : " (" + run.error() + ")"));
        System.out.printf(Locale.ROOT, "  %d stations × %d voters, rate %s, link failure %s, parallel %d, seed %d%n", run.stations(),
                run.votersPerStation(), run.ratePerMinute() == 0 ? "unthrottled" : run.ratePerMinute() + "/min/station",
                run.linkFailure() ? "yes" : "no", run.parallel(), run.seed());
        if (run.daySeconds() != null) {
            double day = run.daySeconds();
            System.out.printf(Locale.ROOT, "  sandbox central started in %.1f s; the day took %.1f s: %d voters, %d ballots (%.0f voters/min)%n",
                    run.sandboxSeconds(), day, report.voters(), report.ballots(), run.votersPerMinute(report.voters()));
            System.out.printf(Locale.ROOT, "  load on central: %d claims (%.1f claims/s), %d reports accepted (%.1f reports/s)%n",
                    run.claims(), run.claims() / day, run.reportsAccepted(),
                    run.reportsSeconds() == null || run.reportsSeconds() <= 0 ? 0.0 : run.reportsAccepted() / run.reportsSeconds());
            if (run.cpuSeconds() != null) {
                System.out.printf(Locale.ROOT, "  process CPU %.1f s (%.0f%% of %d cores), PostgreSQL active time %s%n", run.cpuSeconds(),
                        100 * run.cpuSeconds() / day / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(),
                        run.dbSeconds() == null ? "n/a" : String.format(Locale.ROOT, "%.1f s", run.dbSeconds()));
            }
        }
        System.out.println("  county     stations  ok  problems  failed  reports  voters  electronic  paper  refused  on-paper  auth-ms/voter  vote-ms/ballot");
        for (var c : report.counties()) {
            System.out.printf(Locale.ROOT, "  %-10s %8d %3d %9d %7d %8d %7d %11d %6d %8d %9d %14d %15d%n", c.countyId(), c.stations(), c.ok(),
                    c.withProblems(), c.failed(), c.reportsAccepted(), c.voters(), c.electronic(), c.paper(), c.refused(),
                    c.stationsOnPaper(), c.avgAuthMsPerVoter(), c.avgVoteMsPerVoter());
        }
        report.stations().stream().filter(s -> !"OK".equals(s.outcome())).limit(30).forEach(s ->
                System.out.println("  " + s.outcome() + " " + s.stationCode() + ": " + String.join(" | ", s.problems().stream().limit(3).toList())));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The most recent drills.")
    static class ListRuns implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--limit", defaultValue = "20") int limit;
        @Option(names = "--json", description = "print as JSON") boolean json;

        @Override
        public Integer call() {
            try (var context = context(db)) {
                var runs = context.getBean(Drills.class).recent(limit);
                if (json) {
                    System.out.println(Json.write(runs));
                    return 0;
                }
                for (var r : runs) {
                    System.out.printf(Locale.ROOT, "%s  %-7s %s  %d×%d  link failure %s  reports %d  by %s%n", r.id(), r.status(), r.startedAt(),
                            r.stations(), r.votersPerStation(), r.linkFailure() ? "yes" : "no", r.reportsAccepted(), r.startedBy());
                }
                return 0;
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "A drill's report: per county, then the stations with problems.")
    static class Report implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Parameters(paramLabel = "ID", description = "the drill id") String id;
        @Option(names = "--json", description = "print as JSON") boolean json;
        @Option(names = "--csv", description = "print the stations as CSV") boolean csv;

        @Override
        public Integer call() {
            try (var context = context(db)) {
                var report = context.getBean(Drills.class).report(id);
                if (report.isEmpty()) {
                    System.err.println("no drill " + id);
                    return 1;
                }
                if (json) System.out.println(Json.write(report.get().json()));
                else if (csv) System.out.print(DrillCsv.write(report.get()));
                else print(report.get());
                return 0;
            }
        }
    }
}
