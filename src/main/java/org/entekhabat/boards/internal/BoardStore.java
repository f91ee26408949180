package org.entekhabat.boards.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.entekhabat.boards.BoardInfo;
import org.entekhabat.boards.BoardKind;
import org.entekhabat.boards.Member;
import org.entekhabat.boards.RecordedVote;
import org.entekhabat.boards.SeatKind;
import org.entekhabat.boards.TrustedBallotResult;
import org.entekhabat.identity.Jurisdiction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of board, board_member, board_nominee, board_ballot(_choice), board_election and board_vote(_member). */
@Repository
public class BoardStore {

    private final JdbcClient jdbc;

    BoardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertBoard(String id, BoardKind kind, Jurisdiction where, Instant now, String actor) {
        jdbc.sql("""
                insert into board (id, kind, jurisdiction, status, created_at, created_by)
                values (:id, :k, :j, 'FORMING', :now, :a)""")
                .param("id", id).param("k", kind.name()).param("j", where.toString()).param("now", ts(now)).param("a", actor)
                .update();
    }

    public Optional<BoardInfo> board(String id) {
        return jdbc.sql("select * from board where id = :id").param("id", id).query((rs, n) -> info(rs)).optional();
    }

    /** Locks the board's row until the transaction ends, so steps of one board run one at a time. */
    public Optional<BoardInfo> lock(String id) {
        return jdbc.sql("select * from board where id = :id for update").param("id", id).query((rs, n) -> info(rs)).optional();
    }

    public List<BoardInfo> boards() {
        return jdbc.sql("select * from board order by kind, jurisdiction").query((rs, n) -> info(rs)).list();
    }

    public void markFormed(String id, Instant now) {
        jdbc.sql("update board set status = 'FORMED', formed_at = :now where id = :id").param("id", id).param("now", ts(now)).update();
    }

    public void insertMember(Member m) {
        jdbc.sql("""
                insert into board_member (board_id, username, seat_kind, title, rank, votes, since, added_by)
                values (:b, :u, :s, :t, :r, :v, :since, :by)""")
                .param("b", m.boardId()).param("u", m.username()).param("s", m.seat().name()).param("t", m.title())
                .param("r", m.rank()).param("v", m.votes()).param("since", ts(m.since())).param("by", m.addedBy()).update();
    }

    public List<Member> members(String boardId) {
        return jdbc.sql("""
                select * from board_member where board_id = :b
                order by case seat_kind when 'EX_OFFICIO' then 0 when 'APPOINTED' then 1 when 'TRUSTED' then 2 else 3 end,
                         rank nulls first, since, username""")
                .param("b", boardId).query((rs, n) -> new Member(rs.getString("board_id"), rs.getString("username"),
                        SeatKind.valueOf(rs.getString("seat_kind")), rs.getString("title"), (Integer) rs.getObject("rank"),
                        (Long) rs.getObject("votes"), rs.getTimestamp("since").toInstant(), rs.getString("added_by"))).list();
    }

    /** The boards a user sits on. */
    public List<Member> memberships(String username) {
        return jdbc.sql("select board_id from board_member where username = :u order by board_id").param("u", username)
                .query(String.class).list().stream()
                .flatMap(b -> members(b).stream().filter(m -> m.username().equals(username))).toList();
    }

    public void insertNominees(String boardId, List<String> nominees, Instant now, String actor) {
        for (int i = 0; i < nominees.size(); i++) {
            jdbc.sql("""
                    insert into board_nominee (board_id, username, position, nominated_at, nominated_by)
                    values (:b, :u, :p, :now, :a)""")
                    .param("b", boardId).param("u", nominees.get(i)).param("p", i + 1).param("now", ts(now)).param("a", actor)
                    .update();
        }
    }

    public List<String> nominees(String boardId) {
        return jdbc.sql("select username from board_nominee where board_id = :b order by position").param("b", boardId)
                .query(String.class).list();
    }

    public void insertBallot(String boardId, String voter, List<String> names, Instant now, String actor) {
        jdbc.sql("insert into board_ballot (board_id, voter, cast_at, recorded_by) values (:b, :v, :now, :a)")
                .param("b", boardId).param("v", voter).param("now", ts(now)).param("a", actor).update();
        for (String n : names) {
            jdbc.sql("insert into board_ballot_choice (board_id, voter, nominee) values (:b, :v, :n)")
                    .param("b", boardId).param("v", voter).param("n", n).update();
        }
    }

    /** voter → names, voters in the order they voted. */
    public Map<String, List<String>> ballots(String boardId) {
        var out = new LinkedHashMap<String, List<String>>();
        jdbc.sql("select voter from board_ballot where board_id = :b order by cast_at, voter").param("b", boardId)
                .query(String.class).list().forEach(v -> out.put(v, new ArrayList<>()));
        jdbc.sql("select voter, nominee from board_ballot_choice where board_id = :b order by voter, nominee").param("b", boardId)
                .query((rs, n) -> out.get(rs.getString(1)).add(rs.getString(2))).list();
        return out;
    }

    public void insertElection(TrustedBallotResult r) {
        jdbc.sql("""
                insert into board_election (board_id, lot_seed, draws, minutes_fa, minutes_en, counted_at, counted_by)
                values (:b, :s, :d, :fa, :en, :at, :by)""")
                .param("b", r.boardId()).param("s", r.lotSeed()).param("d", r.draws()).param("fa", r.minutesFa())
                .param("en", r.minutesEn()).param("at", ts(r.countedAt())).param("by", r.countedBy()).update();
    }

    public Optional<TrustedBallotResult> election(String boardId) {
        return jdbc.sql("select * from board_election where board_id = :b").param("b", boardId)
                .query((rs, n) -> new TrustedBallotResult(rs.getString("board_id"), rs.getString("lot_seed"), rs.getString("draws"),
                        rs.getString("minutes_fa"), rs.getString("minutes_en"), rs.getTimestamp("counted_at").toInstant(),
                        rs.getString("counted_by"))).optional();
    }

    public long insertVote(String boardId, String subject, String motion, boolean passed, int required, Instant at,
                           String actor, java.util.Set<String> present, java.util.Set<String> inFavour) {
        long id = jdbc.sql("""
                insert into board_vote (board_id, subject, motion, passed, required, decided_at, recorded_by)
                values (:b, :s, :m, :p, :r, :at, :by) returning id""")
                .param("b", boardId).param("s", subject).param("m", motion).param("p", passed).param("r", required)
                .param("at", ts(at)).param("by", actor).query(Long.class).single();
        for (String u : new TreeSet<>(present)) {
            jdbc.sql("insert into board_vote_member (vote_id, username, in_favour) values (:id, :u, :f)")
                    .param("id", id).param("u", u).param("f", inFavour.contains(u)).update();
        }
        return id;
    }

    public List<RecordedVote> votes(String boardId) {
        var rows = jdbc.sql("select * from board_vote where board_id = :b order by decided_at, id").param("b", boardId)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getString("subject"), rs.getString("motion"),
                        rs.getBoolean("passed"), rs.getInt("required"), rs.getTimestamp("decided_at").toInstant(),
                        rs.getString("recorded_by")}).list();
        var out = new ArrayList<RecordedVote>();
        for (Object[] r : rows) {
            var present = new TreeSet<String>();
            var favour = new TreeSet<String>();
            jdbc.sql("select username, in_favour from board_vote_member where vote_id = :id").param("id", r[0])
                    .query((rs, n) -> {
                        present.add(rs.getString(1));
                        if (rs.getBoolean(2)) favour.add(rs.getString(1));
                        return null;
                    }).list();
            out.add(new RecordedVote((Long) r[0], boardId, (String) r[1], (String) r[2], (Boolean) r[3], (Integer) r[4],
                    (Instant) r[5], (String) r[6], present, favour));
        }
        return out;
    }

    private static BoardInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp formed = rs.getTimestamp("formed_at");
        return new BoardInfo(rs.getString("id"), BoardKind.valueOf(rs.getString("kind")), Jurisdiction.parse(rs.getString("jurisdiction")),
                "FORMED".equals(rs.getString("status")), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                formed == null ? null : formed.toInstant());
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
