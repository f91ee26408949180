package org.entekhabat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.EventType;
import org.entekhabat.polling.PollingStation;
import org.entekhabat.polling.StationJournal;
import org.entekhabat.polling.Ballot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Journal appends (sign + write + fsync) and whole ballots (3 fsyncs), one thread, as a station does them. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Measure station journal appends (Ed25519 + fsync) and whole ballot casts on this disk.")
class BenchJournalCommand implements Callable<Integer> {

    @Option(names = "--appends", defaultValue = "3000", description = "journal appends to time (default: ${DEFAULT-VALUE})")
    int appends;

    @Option(names = "--ballots", defaultValue = "1000", description = "ballots to cast (default: ${DEFAULT-VALUE})")
    int ballots;

    @Option(names = "--dir", description = "directory on the disk to measure (default: a temporary directory)")
    Path dir;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir).resolve("bench-" + System.nanoTime()) : Files.createTempDirectory("entekhabat-bench-journal");
        var keys = DeviceKeys.generate("BENCH-JOURNAL");
        long[] appendTimes = new long[appends];
        long start = System.nanoTime();
        try (var journal = StationJournal.open(work.resolve("journal.ejr"), keys, Clock.systemUTC())) {
            for (int i = 0; i < appends; i++) {
                long t = System.nanoTime();
                journal.append(EventType.BALLOT_CAST, Map.of("token", Long.toHexString(t)));
                appendTimes[i] = System.nanoTime() - t;
            }
        }
        var appendStats = new Latencies(new long[][] {appendTimes}, System.nanoTime() - start);

        long[] castTimes = new long[ballots];
        var ballot = new Ballot("CITY-7", java.util.List.of(new Ballot.ContestChoice("council", java.util.List.of("1201", "1307", "1422", "1509", "1633"))));
        start = System.nanoTime();
        try (var station = PollingStation.open(work.resolve("station"), keys, Clock.systemUTC(), ballots)) {
            for (int i = 0; i < ballots; i++) {
                String token = station.authenticated("CITY-7");
                long t = System.nanoTime();
                station.cast(token, ballot);
                castTimes[i] = System.nanoTime() - t;
            }
        }
        var castStats = new Latencies(new long[][] {castTimes}, System.nanoTime() - start);
        if (json) {
            System.out.println("[" + appendStats.json("journal.append") + "," + castStats.json("station.cast") + "]");
        } else {
            System.out.println("directory: " + work);
            System.out.println(appendStats.line("journal append (sign+fsync)"));
            System.out.println(castStats.line("ballot cast (3 fsyncs, ack)"));
        }
        return 0;
    }
}
