package org.entekhabat.candidacy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Where to count: any of the three may be null (no filter). */
    public record Scope(Integer provinceId, Long countyId, String constituencyId) {
        public static Scope all() {
            return new Scope(null, null, null);
        }
    }

    /** @param constituencyId one constituency, or null for all */
    public RegistrationStatistics statistics(String constituencyId) {
        return statistics(new Scope(null, null, constituencyId));
    }

    public RegistrationStatistics statistics(Scope scope) {
        var params = params(scope);
        String filter = filter(scope);
        long total = jdbc.sql("select count(*) from candidate_application where status = 'SUBMITTED'" + filter)
                .params(params).query(Long.class).single();
        return new RegistrationStatistics(total, counts(DAY, filter, params), counts("sex", filter, params),
                counts(BAND, filter, params), counts("coalesce(education, 'UNKNOWN')", filter, params),
                counts("case when prior_council_member then 'prior-member' else 'new' end", filter, params));
    }

    private List<Count> counts(String key, String filter, Map<String, Object> params) {
        return jdbc.sql("select " + key + " as k, count(*) as n from candidate_application where status = 'SUBMITTED'"
                        + filter + " group by 1 order by 1")
                .params(params)
                .query((rs, i) -> new Count(rs.getString("k"), rs.getLong("n"))).list();
    }

    private static String filter(Scope s) {
        return (s.provinceId() == null ? "" : " and province_id = :prov")
                + (s.countyId() == null ? "" : " and county_id = :county")
                + (s.constituencyId() == null ? "" : " and constituency_id = :cid");
    }

    private static Map<String, Object> params(Scope s) {
        var m = new LinkedHashMap<String, Object>();
        if (s.provinceId() != null) m.put("prov", s.provinceId());
        if (s.countyId() != null) m.put("county", s.countyId());
        if (s.constituencyId() != null) m.put("cid", s.constituencyId());
        return m;
    }
}
