package org.entekhabat.polling.node;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.HeadlessStation;
import org.entekhabat.polling.PollingStation;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationNodes;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.VoterEligibility;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.tally.BallotCounter;

/**
 * {@link HeadlessStation} over the node's own {@link StationNode}: what the staff pages and the
 * terminals do, called directly. Staff are two simulated members with known PINs; the civil
 * registry and the fingerprint reader are the simulators, as in the demo node.
 */
public final class NodeDriver implements HeadlessStation {

    private static final String[][] STAFF = {{"s1", "عامل یکم مانور", "1111"}, {"s2", "عامل دوم مانور", "2222"}};

    private final NodeDirectory dir;
    private final StationNode node;
    private final StaffMember first;
    private final Map<String, BallotCounter> paperBox = new LinkedHashMap<>();
    private long paperBallots;

    private NodeDriver(NodeDirectory dir, StationNode node) {
        this.dir = dir;
        this.node = node;
        this.first = node.staff().getFirst();
        for (var c : node.stationPackage().contests()) paperBox.put(c.id(), Closing.counter(c));
    }

    /**
     * Sets up a node directory (new keys, two staff, the package) and opens its station.
     *
     * @param minimumOpenHours the close-not-before rule; a drill compresses the day and passes 0
     */
    public static NodeDriver create(Path directory, StationPackage pkg, String centralUrl, Clock clock,
                                    double minimumOpenHours, int expectedVoters) {
        var staff = new ArrayList<StaffMember>();
        for (String[] s : STAFF) staff.add(StaffMember.create(s[0], s[1], s[2]));
        var nodeDir = NodeDirectory.setup(directory, pkg.stationCode(), centralUrl, staff, null);
        nodeDir.savePackage(pkg);
        var authKeys = DeviceKeys.load(nodeDir.authKeys());
        var voteKeys = DeviceKeys.load(nodeDir.voteKeys());
        var link = new CentralLink(centralUrl, authKeys, voteKeys, clock);
        var station = PollingStation.open(nodeDir.stationDir(), voteKeys, clock, expectedVoters);
        var rules = new StationNode.Rules(VoterEligibility.defaults(), new CivilRegistrySimulator(),
                FingerprintReader.simulator(Set.of()), new SimulatedPastParticipation(), minimumOpenHours);
        return new NodeDriver(nodeDir, new StationNode(nodeDir, pkg, voteKeys, station, link, clock, rules));
    }

    @Override
    public String stationCode() {
        return node.stationCode();
    }

    @Override
    public StationPackage stationPackage() {
        return node.stationPackage();
    }

    @Override
    public List<StationNodes.DeviceToRegister> devices() {
        return StationNodes.devices(dir.dir());
    }

    @Override
    public SignedStationReport open() {
        var by = node.signIn(STAFF[0][0], STAFF[0][2]);
        return node.open(by);
    }

    @Override
    public Admission admit(String nationalCode) {
        NationalCode code;
        String style;
        try {
            code = NationalCode.parse(nationalCode);
            style = node.eligibleStyle(code, StationNode.Document.NATIONAL_CARD, "D" + nationalCode.substring(0, 8), true);
            if (node.fingerprint(code) != FingerprintReader.Result.MATCH) {
                return new Admission.Refused(403, "auth.fingerprint", "fingerprint does not match");
            }
            return switch (node.admit(code, style)) {
                case StationNode.Admission.Electronic e -> new Admission.Electronic(e.token().shortCode(), style);
                case StationNode.Admission.Paper p -> new Admission.Paper(p.n(), style);
            };
        } catch (CentralLink.Unreachable e) {
            return new Admission.Unreachable(e.getMessage());
        } catch (DomainException e) {
            return new Admission.Refused(e.status(), e.code(), e.messageEn());
        }
    }

    @Override
    public void vote(String shortCode, Map<String, List<String>> choices) {
        var token = node.token(shortCode);
        var style = node.stationPackage().style(token.style()).orElseThrow();
        var selections = new ArrayList<Selection>();
        for (var contest : style.contests()) {
            var s = new Selection(contest);
            var codes = choices.getOrDefault(contest.id(), List.of());
            if (codes.isEmpty()) s.markBlank();
            else codes.forEach(s::add);
            selections.add(s);
        }
        node.cast(token, selections);
    }

    @Override
    public void votePaper(Map<String, List<String>> choices, String style) {
        var s = node.stationPackage().style(style).orElseThrow();
        for (var contest : s.contests()) {
            var codes = choices.getOrDefault(contest.id(), List.of());
            paperBox.get(contest.id()).add(codes.isEmpty() ? new org.entekhabat.tally.Ballot.Blank(contest.id())
                    : new org.entekhabat.tally.Ballot.Marked(contest.id(), codes));
        }
        paperBallots++;
    }

    @Override
    public void switchToPaper(String reason) {
        node.switchToPaper(first, reason);
    }

    @Override
    public boolean paperMode() {
        return node.paperMode();
    }

    @Override
    public PaperUpload uploadPaperRegister() {
        try {
            var r = node.uploadRegister(first);
            return new PaperUpload(r.lines(), r.recorded(), r.alreadyRecorded(), r.collisions());
        } catch (CentralLink.Unreachable | IllegalStateException e) {
            throw new LinkDown(e.getMessage(), e);
        }
    }

    @Override
    public void backToElectronic() {
        node.backToElectronic(first);
    }

    @Override
    public void pointLinkAt(String url) {
        node.link().pointAt(url);
    }

    @Override
    public int closeAndCountPaper(boolean typoInFirstPair) {
        node.close(first);
        if (!node.paperEverUsed()) return 0;
        var form = paperForm();
        int mismatches = 0;
        if (typoInFirstPair) {
            node.enterPaperCounts(STAFF[0][0], STAFF[0][2], form);
            var typo = new HashMap<>(form);
            typo.put("paperBallots", Long.toString(paperBallots + 1));
            node.enterPaperCounts(STAFF[1][0], STAFF[1][2], typo);
            mismatches++;
        }
        node.enterPaperCounts(STAFF[0][0], STAFF[0][2], form);
        var state = node.enterPaperCounts(STAFF[1][0], STAFF[1][2], form);
        if (state.agreed().isEmpty()) throw new IllegalStateException("paper counts did not agree: " + state.lastMismatch());
        return mismatches;
    }

    /** The paper box counted as the close form has it. */
    private Map<String, String> paperForm() {
        var form = new HashMap<String, String>();
        form.put("paperBallots", Long.toString(paperBallots));
        paperBox.forEach((id, counter) -> {
            var t = counter.tally();
            form.put(id + ".ballots", Long.toString(t.totalBallots()));
            form.put(id + ".blank", Long.toString(t.blank()));
            form.put(id + ".invalid", Long.toString(t.invalid()));
            t.personalVotes().forEach((code, n) -> form.put(id + ".cand." + code, Long.toString(n)));
            t.listBallots().forEach((code, n) -> form.put(id + ".list." + code, Long.toString(n)));
        });
        return form;
    }

    @Override
    public SignedStationReport signReport() {
        var draft = node.closingReport("");
        String note = "";
        if (!draft.reconciled()) {
            long diff = draft.authenticated() - draft.electronicBallots() - draft.paperBallots();
            note = diff + " authenticated voter(s) without a ballot (drill: card issued, vote not completed)";
        }
        return node.signClosingReport(first, note);
    }

    @Override
    public ReportAnswer sendReport(SignedStationReport report) {
        try {
            var response = node.link().sendReport(report);
            int status = response.statusCode();
            if (status == 200 || status == 201) {
                node.reportSent(report.hash(), status, status == 201 ? "ACCEPTED" : "DUPLICATE");
                return new ReportAnswer(status, status == 201 ? "ACCEPTED" : "DUPLICATE", "");
            }
            String detail = String.valueOf(CentralLink.problem(response).messageEn());
            if (status == 409) node.reportRefused(report.hash(), status, detail);
            return new ReportAnswer(status, status == 409 ? "REFUSED" : "ERROR", detail);
        } catch (CentralLink.Unreachable e) {
            return new ReportAnswer(0, "UNREACHABLE", e.getMessage());
        }
    }

    @Override
    public Counters counters() {
        long auth = node.authenticatedElectronic() + node.paperRegisterLines();
        long cast = node.ballotsCast();
        return new Counters(auth, cast, node.paperRegisterLines(), paperBallots, auth - cast - paperBallots);
    }

    @Override
    public void close() {
        node.close();
    }
}
