package org.entekhabat.results.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entekhabat.results.ContestDefinition;
import org.entekhabat.results.ContestDirectory;
import org.entekhabat.results.CountingMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contests from the results' cache of them ({@code result_contest}, filled from the election module by
 * {@code ResultsRegistry.syncFromElection}, from station packages, or registered directly), with their
 * candidates, lists and committed lot seed.
 */
@Component
class JdbcContestDirectory implements ContestDirectory {

    private static final String SELECT = """
            select c.contest_id, c.constituency_name, c.county_id, c.province_id, c.seats, c.alternates, c.counting_method, l.seed_hex
            from result_contest c left join result_lot l using (contest_id)""";
    private final JdbcClient jdbc;

    JdbcContestDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ContestDefinition> find(String contestId) {
        var candidates = new HashMap<String, List<ContestDefinition.CandidateInfo>>();
        var lists = new HashMap<String, Map<String, String>>();
        load(" where contest_id = ?", contestId, candidates, lists);
        return jdbc.sql(SELECT + " where c.contest_id = ?").param(contestId)
                .query((rs, n) -> definition(rs, candidates, lists)).optional();
    }

    @Override
    public List<ContestDefinition> all() {
        var candidates = new HashMap<String, List<ContestDefinition.CandidateInfo>>();
        var lists = new HashMap<String, Map<String, String>>();
        load("", null, candidates, lists);
        return jdbc.sql(SELECT + " order by c.contest_id").query((rs, n) -> definition(rs, candidates, lists)).list();
    }

    private void load(String where, String param, Map<String, List<ContestDefinition.CandidateInfo>> candidates,
                      Map<String, Map<String, String>> lists) {
        var c = jdbc.sql("select contest_id, candidate_code, name, veteran, degree, list_code from result_candidate" + where
                + " order by contest_id, candidate_code");
        if (param != null) c = c.param(param);
        c.query(rs -> {
            candidates.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ContestDefinition.CandidateInfo(
                    rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6)));
        });
        var l = jdbc.sql("select contest_id, list_code, title from result_list" + where);
        if (param != null) l = l.param(param);
        l.query(rs -> { lists.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3)); });
    }

    private static ContestDefinition definition(java.sql.ResultSet rs, Map<String, List<ContestDefinition.CandidateInfo>> candidates,
                                                Map<String, Map<String, String>> lists) throws java.sql.SQLException {
        String id = rs.getString(1);
        return new ContestDefinition(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                CountingMethod.valueOf(rs.getString(7)), candidates.get(id), lists.get(id), rs.getString(8));
    }
}
