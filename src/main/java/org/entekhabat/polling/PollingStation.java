package org.entekhabat.polling;

import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A station's durable state: its {@link StationJournal} and its {@link BallotBox} in one directory,
 * kept consistent across crashes. A ballot is cast as
 * <pre>  journal BALLOT_BEGIN(token) → box write + fsync → journal BALLOT_CAST(token) → acknowledged</pre>
 * so after a crash the journal and the box together say whether the ballot made it. Opening
 * runs that recovery; what it cannot explain is an anomaly, and a station with anomalies refuses
 * ballots until people have looked. The station node process (a later task) wraps this class.
 */
public final class PollingStation implements AutoCloseable {

    public static final String JOURNAL_FILE = "journal.ejr";
    public static final String BOX_FILE = "ballots.ebb";

    private final StationJournal journal;
    private final BallotBox box;
    private final SecureRandom random = new SecureRandom();
    private final Set<String> authenticated = new HashSet<>();
    private final Set<String> spent = new HashSet<>();
    private final RecoveryReport recovery;

    private PollingStation(StationJournal journal, BallotBox box) {
        this.journal = journal;
        this.box = box;
        for (var e : journal.entries()) {
            if (e.is(EventType.AUTHENTICATED)) authenticated.add(e.get("token"));
            if (e.is(EventType.BALLOT_CAST)) spent.add(e.get("token"));
        }
        this.recovery = journal.recovery().plus(reconcile());
    }

    /**
     * Opens (or creates) the station in {@code dir}.
     *
     * @param expectedVoters sizes a new box at 1.2 × this; ignored for an existing box
     * @throws JournalCorruptedException when the journal was tampered with or damaged (not by a crash)
     */
    public static PollingStation open(Path dir, DeviceKeys keys, Clock clock, int expectedVoters) {
        var journal = StationJournal.open(dir.resolve(JOURNAL_FILE), keys, clock);
        try {
            var box = BallotBox.open(dir.resolve(BOX_FILE), keys, Math.max(16, (int) Math.ceil(expectedVoters * 1.2)));
            return new PollingStation(journal, box);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** What opening found and did, including the journal's own recovery. */
    public RecoveryReport recovery() {
        return recovery;
    }

    /** True when recovery found something a crash does not explain: the station takes no ballots. */
    public boolean halted() {
        return !recovery.anomalies().isEmpty();
    }

    /** Records an event that is not about a ballot (OPEN, ZERO_REPORT, SWITCH_TO_PAPER, CLOSE …). */
    public JournalEntry record(EventType type, Map<String, String> payload) {
        if (type == EventType.BALLOT_BEGIN || type == EventType.BALLOT_CAST || type == EventType.AUTHENTICATED
                || type == EventType.BALLOT_NOT_CAST || type == EventType.GENESIS || type == EventType.RECOVERY) {
            throw new IllegalArgumentException(type + " is written by the station itself");
        }
        return journal.append(type, payload);
    }

    /**
     * A voter was authenticated and claimed at central: issues the one-time token for the e-ballot
     * card. The journal gets the token and the ballot style, never the national code.
     */
    public synchronized String authenticated(String ballotStyle) {
        Ballot.requireShort(ballotStyle, "ballot style id");
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        journal.append(EventType.AUTHENTICATED, Map.of("token", token, "style", ballotStyle));
        authenticated.add(token);
        return token;
    }

    /** Casts the token's ballot; returns only once journal and box are fsync'd (the acknowledgement). */
    public synchronized SealedBallot cast(String token, Ballot ballot) {
        if (halted()) throw new IllegalStateException("station halted by recovery anomalies: " + recovery.anomalies());
        if (!authenticated.contains(token)) throw new IllegalArgumentException("unknown token " + token);
        if (spent.contains(token)) throw new IllegalArgumentException("token " + token + " was already used");
        box.checkFits(ballot);
        int capacity = box.capacity();
        journal.append(EventType.BALLOT_BEGIN, Map.of("token", token));
        var sealed = box.put(ballot);
        journal.append(EventType.BALLOT_CAST, Map.of("token", token));
        spent.add(token);
        if (box.capacity() != capacity) {
            journal.append(EventType.BOX_GROWN, Map.of("from", Integer.toString(capacity), "to", Integer.toString(box.capacity())));
        }
        return sealed;
    }

    public boolean isSpent(String token) {
        return spent.contains(token);
    }

    public StationJournal journal() {
        return journal;
    }

    public BallotBox box() {
        return box;
    }

    @Override
    public void close() {
        box.close();
        journal.close();
    }

    // --- recovery ---

    private RecoveryReport reconcile() {
        var actions = new ArrayList<String>();
        var anomalies = new ArrayList<String>();
        var pending = pendingTokens(journal.entries());
        long casts = journal.entries().stream().filter(e -> e.is(EventType.BALLOT_CAST)).count();
        int filled = box.filled();
        var damaged = box.damaged();
        if (pending.isEmpty()) {
            if (filled != casts) anomalies.add("box holds " + filled + " ballots but the journal has " + casts + " BALLOT_CAST entries");
            damaged.forEach((slot, why) -> anomalies.add("ballot box slot " + slot + " is damaged: " + why));
        } else if (pending.size() > 1 || !pending.contains(lastBegin())) {
            anomalies.add("ballots begun and never resolved: " + pending);
        } else {
            String token = pending.iterator().next();
            if (filled == casts + 1 && damaged.isEmpty()) {
                journal.append(EventType.BALLOT_CAST, Map.of("token", token, "recovered", "true"));
                spent.add(token);
                actions.add("the ballot of token " + token + " is in the box: recorded BALLOT_CAST (recovered)");
            } else if (filled == casts && damaged.size() <= 1) {
                damaged.keySet().forEach(box::clearDamaged);
                journal.append(EventType.BALLOT_NOT_CAST, Map.of("token", token, "tornSlotsCleared", Integer.toString(damaged.size())));
                actions.add("the ballot of token " + token + " never reached the box: token stays unspent"
                        + (damaged.isEmpty() ? "" : " (a half-written slot was cleared)"));
            } else {
                anomalies.add("token " + token + " was begun; box holds " + filled + " ballots (" + damaged.size()
                        + " damaged slots) against " + casts + " BALLOT_CAST entries");
            }
        }
        return new RecoveryReport(actions, anomalies);
    }

    private static Set<String> pendingTokens(List<JournalEntry> entries) {
        var pending = new LinkedHashSet<String>();
        for (var e : entries) {
            if (e.is(EventType.BALLOT_BEGIN)) pending.add(e.get("token"));
            if (e.is(EventType.BALLOT_CAST) || e.is(EventType.BALLOT_NOT_CAST)) pending.remove(e.get("token"));
        }
        return pending;
    }

    private String lastBegin() {
        var entries = journal.entries();
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).is(EventType.BALLOT_BEGIN)) return entries.get(i).get("token");
        }
        return null;
    }

    // --- offline audit ---

    /**
     * The result of checking a station directory with the device's public key only.
     *
     * @param problems empty when the journal verifies, the box verifies and every BALLOT_CAST has its ballot
     */
    public record Audit(JournalVerifier.Result journal, BallotBox.Verification box, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Re-checks a station's journal and box offline. Throws {@link JournalCorruptedException} on a bad journal. */
    public static Audit audit(Path dir, PublicKey key) {
        var j = JournalVerifier.verify(dir.resolve(JOURNAL_FILE), key);
        var b = BallotBox.verify(dir.resolve(BOX_FILE), key);
        var problems = new ArrayList<String>(b.problems());
        j.tornTail().ifPresent(t -> problems.add("journal has a torn last record at offset " + t.offset() + " (not yet recovered)"));
        b.damaged().forEach((slot, why) -> problems.add("box slot " + slot + " is damaged: " + why));
        long casts = j.count(EventType.BALLOT_CAST);
        if (casts != b.ballots().size()) {
            problems.add("journal has " + casts + " BALLOT_CAST entries but the box holds " + b.ballots().size() + " ballots");
        }
        if (!pendingTokens(j.entries()).isEmpty()) problems.add("ballots begun and not resolved: " + pendingTokens(j.entries()));
        return new Audit(j, b, problems);
    }
}
