package org.entekhabat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entekhabat.results.Results;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Results jobs on the central database. */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Results jobs: export the published record; sync contests from the election and stations.",
        subcommands = {ResultsCommand.Export.class, ResultsCommand.Sync.class})
class ResultsCommand extends CommandGroup {

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the published record (signed station reports, device keys, contests, totals, seats) into DIR.")
    static class Export implements Callable<Integer> {

        @Mixin DatabaseOptions db;

        @Parameters(index = "0", paramLabel = "DIR", description = "directory to write (created if missing)")
        Path dir;

        @Option(names = "--json", description = "print the outcome as JSON")
        boolean json;

        @Override
        public Integer call() {
            try (var context = SpringContexts.job(db)) {
                long version = context.getBean(Results.class).exportRecord(dir);
                if (json) System.out.println("{\"directory\":\"" + dir.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\",\"version\":" + version + "}");
                else System.out.println("Published record version " + version + " written to " + dir.toAbsolutePath()
                        + "\nCheck it with: entekhabat verify " + dir);
                return 0;
            }
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Re-read the current election's contests, the stations serving them (stations registry, ballot styles) "
                    + "and the station packages at central into the results' contest cache.")
    static class Sync implements Callable<Integer> {

        @Mixin DatabaseOptions db;

        @Option(names = "--json", description = "print the outcome as JSON")
        boolean json;

        @Override
        public Integer call() {
            try (var context = SpringContexts.job(db)) {
                var r = context.getBean(Results.class).sync();
                if (json) System.out.println("{\"contests\":" + r.contests() + ",\"expectedStations\":" + r.expectedStations()
                        + ",\"packages\":" + r.packages() + "}");
                else System.out.println("Results: " + r.contests() + " election contests with stations, " + r.expectedStations()
                        + " expected stations, " + r.packages() + " station packages.");
                return 0;
            }
        }
    }
}
