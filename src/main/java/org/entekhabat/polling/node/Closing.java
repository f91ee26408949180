package org.entekhabat.polling.node;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.PollingStation;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationReport;
import org.entekhabat.tally.BallotCounter;
import org.entekhabat.tally.BallotRules;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.CandidateList;
import org.entekhabat.tally.ContestTally;
import org.entekhabat.tally.Degree;

/**
 * The station's totals at close: the sealed box, checked with the device's public key alone
 * ({@link PollingStation#audit}), folded per contest by {@code tally.BallotCounter}, plus the paper
 * counts that two staff members entered alike.
 */
record Closing(StationPackage pkg, DeviceKeys keys, Path stationDir) {

    StationReport report(Instant openedAt, Instant closedAt, long authenticated, PaperCounts paper, String note, String journalHead) {
        var audit = PollingStation.audit(stationDir, keys.publicKey());
        if (!audit.ok()) throw new IllegalStateException("the ballot box does not check: " + audit.problems());
        var counters = new LinkedHashMap<String, BallotCounter>();
        for (var c : pkg.contests()) counters.put(c.id(), counter(c));
        for (var sealed : audit.box().ballots()) {
            for (var choice : sealed.ballot().contests()) {
                var counter = counters.get(choice.contestId());
                if (counter == null) throw new IllegalStateException("a ballot names contest " + choice.contestId() + " that the package lacks");
                counter.add(choice.codes().isEmpty() ? new org.entekhabat.tally.Ballot.Blank(choice.contestId())
                        : new org.entekhabat.tally.Ballot.Marked(choice.contestId(), choice.codes()));
            }
        }
        var contests = new ArrayList<StationReport.ContestCount>();
        counters.forEach((id, counter) -> contests.add(merge(id, counter.tally(), paper.contests().get(id))));
        return new StationReport(pkg.electionId(), pkg.stationCode(), keys.deviceId(), openedAt, closedAt, authenticated,
                audit.box().ballots().size(), paper.paperBallots(), note == null ? "" : note.trim(), journalHead, contests);
    }

    static BallotCounter counter(StationPackage.Contest c) {
        List<Candidate> candidates = c.candidates().stream()
                .map(k -> new Candidate(k.code(), k.name(), false, Degree.NONE, c.listOf(k.code()))).toList();
        List<CandidateList> lists = c.lists().stream().map(l -> new CandidateList(l.code(), l.title())).toList();
        return new BallotCounter(c.id(), candidates, lists, BallotRules.forSeats(c.maxChoices()));
    }

    private static StationReport.ContestCount merge(String id, ContestTally e, PaperCounts.Contest p) {
        var candidates = new TreeMap<String, Long>(e.personalVotes());
        var lists = new TreeMap<String, Long>(e.listBallots());
        long ballots = e.totalBallots(), blank = e.blank(), invalid = e.invalid();
        if (p != null) {
            add(candidates, p.candidates());
            add(lists, p.lists());
            ballots += p.ballots();
            blank += p.blank();
            invalid += p.invalid();
        }
        return new StationReport.ContestCount(id, ballots, blank, invalid, candidates, lists);
    }

    private static void add(TreeMap<String, Long> into, Map<String, Long> more) {
        more.forEach((k, v) -> into.merge(k, v, Long::sum));
    }
}
