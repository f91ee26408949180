package org.entekhabat.results;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.results.internal.BoardActions;
import org.entekhabat.results.internal.PublicationLog;
import org.entekhabat.results.internal.RecordExporter;
import org.entekhabat.results.internal.ReportIntake;
import org.entekhabat.results.internal.Tabulation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The results module's API for other modules, the CLI and tests: receive a signed station report,
 * read a contest's published result, certify, annul, object, and export the published record.
 */
@Service
public class Results {

    private final ReportIntake intake;
    private final Tabulation tabulation;
    private final BoardActions board;
    private final PublicationLog log;
    private final ContestDirectory contests;
    private final SeatAllocator allocator;
    private final RecordExporter exporter;
    private final JdbcClient jdbc;
    private final Access access;
    private final Users users;
    private final ResultsRegistry registry;

    Results(ReportIntake intake, Tabulation tabulation, BoardActions board, PublicationLog log, ContestDirectory contests,
            SeatAllocator allocator, RecordExporter exporter, JdbcClient jdbc, Access access, Users users, ResultsRegistry registry) {
        this.access = access;
        this.users = users;
        this.registry = registry;
        this.intake = intake;
        this.tabulation = tabulation;
        this.board = board;
        this.log = log;
        this.contests = contests;
        this.allocator = allocator;
        this.exporter = exporter;
        this.jdbc = jdbc;
    }

    /** Checks and stores a station's signed report (see {@link IntakeOutcome}); throws DomainException when it is refused. */
    public IntakeOutcome receive(SignedStationReport report) {
        return intake.receive(report);
    }

    /** As {@link #receive(SignedStationReport)}, from the device that signed the request: only its own report. */
    public IntakeOutcome receive(SignedStationReport report, org.entekhabat.voters.RegisteredDevice signer) {
        return intake.receive(report, java.util.Objects.requireNonNull(signer, "signer"));
    }

    public ContestDefinition definition(String contestId) {
        return contests.find(contestId).orElseThrow(() -> DomainException.notFound("contest-unknown",
                "حوزهٔ انتخابیهٔ «" + contestId + "» پیدا نشد.", "Contest \"" + contestId + "\" was not found."));
    }

    /** A contest's result as published now. */
    public ContestResult contest(String contestId) {
        var def = definition(contestId);
        long version = log.current();
        var totals = tabulation.totals(contestId);
        var stations = tabulation.stations(contestId);
        var row = tabulation.contestRows("contest:" + contestId).stream()
                .filter(r -> r.contestId().equals(contestId)).findFirst().orElseThrow();
        var cert = jdbc.sql("""
                select c.member_id, c.member_name, c.certified_at, c.version from result_certification c
                where c.contest_id = ? order by c.version desc limit 1""")
                .param(contestId).query((rs, n) -> new ContestResult.Certification(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getLong(4))).optional().orElse(null);
        return new ContestResult(def, totals, allocator.allocate(totals, def), row.status(), stations.in(), stations.missing(),
                stations.annulled(), stations.authenticated(), cert, version);
    }

    /**
     * The national aggregation: every contest's totals and seats, and the sums by county, province and nation,
     * from one consistent read.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public NationalResult nation() {
        long version = log.current();
        var totals = tabulation.allTotals();
        var rows = tabulation.contestRows(null);
        var seats = new java.util.TreeMap<String, Allocation>();
        for (var def : contests.all()) {
            seats.put(def.contestId(), allocator.allocate(totals.getOrDefault(def.contestId(), ContestTotals.empty(def.contestId())), def));
        }
        var regions = new java.util.ArrayList<RegionSummary>();
        regions.addAll(Tabulation.regions(rows, r -> new String[] {"nation", ""}));
        regions.addAll(Tabulation.regions(rows, r -> new String[] {"province:" + r.provinceId(), r.provinceName()}));
        regions.addAll(Tabulation.regions(rows, r -> new String[] {"county:" + r.countyId(), r.countyName()}));
        return new NationalResult(version, regions, totals, seats);
    }

    /** The number of the latest publication version (0 before anything is published). */
    public long version() {
        return log.current();
    }

    public List<PublicationChange> changes(String contestIdOrNull) {
        return log.notableChanges(contestIdOrNull, 200);
    }

    /** The signed-in supervisory board member (role SUPERVISOR), or 401/403. */
    public BoardMember currentBoardMember() {
        var user = access.requireRole(Role.SUPERVISOR);
        String name = users.find(user.username()).map(org.entekhabat.identity.UserAccount::displayName).orElse(user.username());
        return new BoardMember(user.username(), name, user.jurisdiction());
    }

    /** The signed-in member certifies a complete contest: FINAL for the current version. */
    public long certify(String contestId) {
        return certify(contestId, currentBoardMember());
    }

    public long certify(String contestId, BoardMember member) {
        return board.certify(contestId, member, allocator, definition(contestId));
    }

    /** Annuls a station's result, re-tabulates, and publishes a new version that names the change. */
    public long annul(String stationCode, String reason, String legalGround) {
        return annul(stationCode, currentBoardMember(), reason, legalGround);
    }

    public long annul(String stationCode, BoardMember member, String reason, String legalGround) {
        return board.annul(stationCode, member, reason, legalGround, () -> seatSummary(stationCode));
    }

    /** The board's public lot for a contest from the witnesses' seeds (recorded once; certification waits for it when a tie needs it). */
    public long drawLot(String contestId, List<String> witnessSeeds) {
        return drawLot(contestId, currentBoardMember(), witnessSeeds);
    }

    public long drawLot(String contestId, BoardMember member, List<String> witnessSeeds) {
        definition(contestId);
        return board.drawLot(contestId, member, witnessSeeds);
    }

    /** A signed-in candidate's objection (name from the account). */
    public long object(String contestId, String stationCode, String candidateCode, String text) {
        var user = access.requireRole(Role.CANDIDATE);
        String name = users.find(user.username()).map(org.entekhabat.identity.UserAccount::displayName).orElse(user.username());
        definition(contestId);
        return board.object(contestId, stationCode, candidateCode, user, name, text);
    }

    public void decideObjection(long objectionId, boolean upheld, String decision) {
        decideObjection(objectionId, currentBoardMember(), upheld, decision);
    }

    public void decideObjection(long objectionId, BoardMember member, boolean upheld, String decision) {
        board.decide(objectionId, member, upheld, decision);
    }

    /**
     * The names for the minutes' signatures: the supervisory board members (identity users with role SUPERVISOR)
     * of the contest's county, and of its province when it spans counties; and whoever certified or drew the lot.
     */
    public List<String> boardMembersOf(String contestId) {
        var def = definition(contestId);
        var names = new java.util.LinkedHashSet<String>();
        var where = def.countyId().isBlank() ? "PROVINCE:" + def.provinceId() : "COUNTY:" + def.countyId();
        users.listAll().stream().filter(u -> u.role() == Role.SUPERVISOR && u.jurisdiction().toString().equals(where))
                .forEach(u -> names.add(u.displayName()));
        jdbc.sql("select member_name from result_certification where contest_id = ? union all select drawn_by_name from result_lot where contest_id = ?")
                .params(contestId, contestId).query(String.class).list().forEach(names::add);
        return List.copyOf(names);
    }

    /** Re-reads the election's contests and the stations serving them (see {@link ResultsRegistry#syncFromElection}). */
    public ResultsRegistry.SyncResult sync() {
        return registry.syncFromElection();
    }

    /** Writes the published record (signed reports, keys, contests, totals, seats) into {@code dir}; returns the version. */
    public long exportRecord(Path dir) {
        return exporter.export(dir);
    }

    /** "contest: members a, b; ballots n" for each contest of a station, for the version's change note. */
    private String seatSummary(String stationCode) {
        var ids = jdbc.sql("select contest_id from station_contest_total where station_code = ? order by contest_id")
                .param(stationCode).query(String.class).list();
        return ids.stream().map(id -> {
            var def = definition(id);
            var totals = tabulation.totals(id);
            var members = allocator.allocate(totals, def).members().stream().map(Allocation.Seat::candidate).collect(Collectors.joining(" "));
            return id + ": ballots " + totals.ballots() + ", members " + members;
        }).collect(Collectors.joining("; "));
    }
}
