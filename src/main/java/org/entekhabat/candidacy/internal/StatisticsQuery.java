package org.entekhabat.candidacy.internal;

import java.util.List;
import org.entekhabat.candidacy.RegistrationStatistics;
import org.entekhabat.candidacy.RegistrationStatistics.Count;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registration statistics over submitted applications (withdrawn ones are not counted). */
@Repository
public class StatisticsQuery {

    private static final String DAY = "to_char((submitted_at at time zone 'Asia/Tehran')::date, 'YYYY-MM-DD')";
    private static final String AGE = "extract(year from age((submitted_at at time zone 'Asia/Tehran')::date, birth_date))";
    private static final String BAND = "case when " + AGE + " < 30 then '25-29' when " + AGE + " < 40 then '30-39' when "
            + AGE + " < 50 then '40-49' when " + AGE + " < 60 then '50-59' else '60+' end";

    private final JdbcClient jdbc;

    StatisticsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param constituencyId one constituency, or null for all */
    public RegistrationStatistics statistics(String constituencyId) {
        long total = jdbc.sql("select count(*) from candidate_application where status = 'SUBMITTED'" + filter(constituencyId))
                .params(params(constituencyId)).query(Long.class).single();
        return new RegistrationStatistics(total, counts(DAY, constituencyId), counts("sex", constituencyId),
                counts(BAND, constituencyId), counts("coalesce(education, 'UNKNOWN')", constituencyId),
                counts("case when prior_council_member then 'prior-member' else 'new' end", constituencyId));
    }

    private List<Count> counts(String key, String constituencyId) {
        return jdbc.sql("select " + key + " as k, count(*) as n from candidate_application where status = 'SUBMITTED'"
                        + filter(constituencyId) + " group by 1 order by 1")
                .params(params(constituencyId))
                .query((rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    private static String filter(String constituencyId) {
        return constituencyId == null ? "" : " and constituency_id = :cid";
    }

    private static java.util.Map<String, Object> params(String constituencyId) {
        return constituencyId == null ? java.util.Map.of() : java.util.Map.of("cid", constituencyId);
    }
}
