package org.entekhabat.results.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.results.ContestDefinition;
import org.entekhabat.results.ContestDirectory;
import org.entekhabat.results.CountingMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Contests from tables {@code result_contest} and {@code result_candidate}. */
@Component
class JdbcContestDirectory implements ContestDirectory {

    private static final String SELECT = "select contest_id, constituency_name, county_id, province_id, seats, alternates, counting_method from result_contest";
    private final JdbcClient jdbc;

    JdbcContestDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ContestDefinition> find(String contestId) {
        var names = new HashMap<String, String>();
        jdbc.sql("select candidate_code, name from result_candidate where contest_id = ?").param(contestId)
                .query(rs -> { names.put(rs.getString(1), rs.getString(2)); });
        return jdbc.sql(SELECT + " where contest_id = ?").param(contestId)
                .query((rs, n) -> new ContestDefinition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), CountingMethod.valueOf(rs.getString(7)), names))
                .optional();
    }

    @Override
    public List<ContestDefinition> all() {
        var names = new HashMap<String, Map<String, String>>();
        jdbc.sql("select contest_id, candidate_code, name from result_candidate")
                .query(rs -> { names.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3)); });
        return jdbc.sql(SELECT + " order by contest_id")
                .query((rs, n) -> new ContestDefinition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), CountingMethod.valueOf(rs.getString(7)), names.get(rs.getString(1))))
                .list();
    }
}
