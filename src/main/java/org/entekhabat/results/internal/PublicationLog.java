package org.entekhabat.results.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.entekhabat.results.PublicationChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The numbered versions of the published result (table result_publication_version). */
@Component
public class PublicationLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicationLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends a version inside the caller's transaction and returns its number. */
    public long append(String kind, String stationCode, Collection<String> contestIds, String actor, String reason, String summary) {
        return jdbc.sql("""
                insert into result_publication_version (published_at, change_kind, station_code, contest_ids, actor, reason, summary)
                values (?, ?, ?, ?, ?, ?, ?) returning version""")
                .params(java.sql.Timestamp.from(clock.instant()), kind, stationCode, String.join(",", contestIds), actor, reason, summary)
                .query(Long.class).single();
    }

    public long current() {
        return jdbc.sql("select coalesce(max(version), 0) from result_publication_version").query(Long.class).single();
    }

    /** Annulments and certifications (the changes people read), newest first; all of them for one contest when given. */
    public List<PublicationChange> notableChanges(String contestId, int limit) {
        String filter = contestId == null ? "" : " and (',' || contest_ids || ',') like ?";
        var sql = jdbc.sql("select version, published_at, change_kind, station_code, contest_ids, actor, reason, summary "
                + "from result_publication_version where change_kind <> 'report'" + filter + " order by version desc limit " + limit);
        if (contestId != null) sql = sql.param("%," + contestId + ",%");
        return sql.query((rs, n) -> new PublicationChange(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5).isEmpty() ? List.of() : Arrays.asList(rs.getString(5).split(",")),
                rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }
}
