package org.entekhabat.results;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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

    Results(ReportIntake intake, Tabulation tabulation, BoardActions board, PublicationLog log, ContestDirectory contests,
            SeatAllocator allocator, RecordExporter exporter, JdbcClient jdbc) {
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
                select c.member_id, m.name, c.certified_at, c.version from result_certification c
                join result_board_member m using (member_id) where c.contest_id = ? order by c.version desc limit 1""")
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

    /** The county board member certifies a complete contest: FINAL for the current version. */
    public long certify(String contestId, String memberId) {
        return board.certify(contestId, memberId, allocator, definition(contestId));
    }

    /** Annuls a station's result, re-tabulates, and publishes a new version that names the change. */
    public long annul(String stationCode, String memberId, String reason, String legalGround) {
        return board.annul(stationCode, memberId, reason, legalGround, () -> seatSummary(stationCode));
    }

    public long object(String contestId, String stationCode, String candidateCode, String objectorName, String text) {
        definition(contestId);
        return board.object(contestId, stationCode, candidateCode, objectorName, text);
    }

    public void decideObjection(long objectionId, String memberId, boolean upheld, String decision) {
        board.decide(objectionId, memberId, upheld, decision);
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
