package org.entekhabat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.entekhabat.tally.Ballot;
import org.entekhabat.tally.BallotCounter;
import org.entekhabat.tally.BallotRules;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.CandidateList;
import org.entekhabat.tally.Count;
import org.entekhabat.tally.CountingMethod;
import org.entekhabat.tally.Degree;
import org.entekhabat.tally.Lot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The count of one contest from its ballots: a Tehran-like list contest (21 seats, 3 lists and
 * individuals, up to 21 codes per ballot, list codes mixed in) folded ballot by ballot, then seats by
 * Hare quota and largest remainder. The reference in the same run is a bare loop that only adds
 * array counters for the same codes: what folding costs beyond touching each entry once.
 */
@Command(name = "tally", mixinStandardHelpOptions = true,
        description = "Measure the count of one contest from N ballots (fold + seats), beside a bare counting loop.")
class BenchTallyCommand implements Callable<Integer> {

    @Option(names = "--ballots", defaultValue = "1000000", description = "ballots (default: ${DEFAULT-VALUE})")
    int ballots;

    @Option(names = "--seed", defaultValue = "1405", description = "seed of the generated ballots (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Override
    public Integer call() {
        var candidates = new ArrayList<Candidate>();
        var lists = List.of(new CandidateList("L1", "فهرست ۱"), new CandidateList("L2", "فهرست ۲"), new CandidateList("L3", "فهرست ۳"));
        for (int i = 0; i < 90; i++) {
            String list = i < 63 ? "L" + (1 + i / 21) : null;
            candidates.add(new Candidate(String.valueOf(1000 + i), "نامزد " + i, i % 17 == 0, Degree.BACHELOR, list));
        }
        var generated = generate(candidates, new Random(seed));
        long entries = generated.stream().mapToLong(b -> b instanceof Ballot.Marked m ? m.codes().size() : 0).sum();

        // one untimed pass of each first, so both are measured with the JIT warm
        bareLoop(generated);
        new BallotCounter("PR-tehran", candidates, lists, BallotRules.forSeats(21)).addAll(generated);

        long bareStart = System.nanoTime();
        long bareSum = bareLoop(generated);
        long bareNanos = System.nanoTime() - bareStart;

        long foldStart = System.nanoTime();
        var counter = new BallotCounter("PR-tehran", candidates, lists, BallotRules.forSeats(21));
        counter.addAll(generated);
        var tally = counter.tally();
        long foldNanos = System.nanoTime() - foldStart;

        long seatsStart = System.nanoTime();
        var result = Count.run(new CountingMethod.ListProportional(21, 11, org.entekhabat.tally.AlternatesPolicy.PROPORTIONAL),
                tally, new Lot("00".repeat(32)));
        long seatsNanos = System.nanoTime() - seatsStart;

        var out = new LinkedHashMap<String, Object>();
        out.put("ballots", ballots);
        out.put("entries", entries);
        out.put("foldMillis", foldNanos / 1_000_000.0);
        out.put("ballotsPerSecond", (long) (ballots / (foldNanos / 1e9)));
        out.put("seatsMillis", seatsNanos / 1_000_000.0);
        out.put("bareLoopMillis", bareNanos / 1_000_000.0);
        out.put("members", result.members().size());
        out.put("checksum", bareSum);
        out.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        if (json) {
            System.out.println(Json.write(out));
        } else {
            System.out.printf("tally of %,d ballots (%,d entries): fold %.0f ms (%,d ballots/s), seats %.1f ms; bare counting loop %.0f ms%n",
                    ballots, entries, foldNanos / 1e6, (long) (ballots / (foldNanos / 1e9)), seatsNanos / 1e6, bareNanos / 1e6);
            System.out.println("machine: " + out.get("machine"));
        }
        return 0;
    }

    /** Voters: a third enter a list code (some add individuals), the rest pick up to 21 codes; 3% blank. */
    private List<Ballot> generate(List<Candidate> candidates, Random random) {
        var result = new ArrayList<Ballot>(ballots);
        for (int b = 0; b < ballots; b++) {
            int kind = random.nextInt(100);
            if (kind < 3) {
                result.add(new Ballot.Blank("PR-tehran"));
                continue;
            }
            var codes = new ArrayList<String>();
            if (kind < 36) codes.add("L" + (1 + random.nextInt(3)));
            int picks = kind < 36 ? random.nextInt(4) : 1 + random.nextInt(21);
            for (int p = 0; p < picks; p++) codes.add(candidates.get(random.nextInt(candidates.size())).code());
            result.add(new Ballot.Marked("PR-tehran", codes));
        }
        return result;
    }

    /** The reference: touch each entry once and bump an array counter (no rules, no lists, no duplicates). */
    private static long bareLoop(List<Ballot> ballots) {
        long[] counts = new long[4096];
        for (var b : ballots) {
            if (b instanceof Ballot.Marked m) {
                for (String code : m.codes()) counts[code.hashCode() & 4095]++;
            }
        }
        long sum = 0;
        for (long c : counts) sum += c;
        return sum;
    }
}
