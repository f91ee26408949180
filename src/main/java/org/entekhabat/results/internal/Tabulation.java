package org.entekhabat.results.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.entekhabat.results.ContestResult;
import org.entekhabat.results.ContestTotals;
import org.entekhabat.results.RegionSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The server's aggregation: station totals → contest → county → province → nation, in SQL over the
 * decoded totals stored at intake. Annulled stations are left out, so an annulment re-tabulates by
 * itself. (The verifier recomputes all of this from the signed texts by a separate code path.)
 */
@Component
public class Tabulation {

    private static final String NOT_ANNULLED = " not exists (select 1 from station_annulment a where a.station_code = t.station_code) ";
    private final JdbcClient jdbc;

    Tabulation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ContestTotals totals(String contestId) {
        var sums = jdbc.sql("select coalesce(sum(ballots), 0), coalesce(sum(blank), 0), coalesce(sum(invalid), 0) "
                        + "from station_contest_total t where contest_id = ? and" + NOT_ANNULLED)
                .param(contestId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        var candidates = new TreeMap<String, Long>();
        var lists = new TreeMap<String, Long>();
        jdbc.sql("select kind, code, sum(votes) from station_option_votes t where contest_id = ? and" + NOT_ANNULLED + "group by kind, code")
                .param(contestId)
                .query(rs -> { ("list".equals(rs.getString(1)) ? lists : candidates).put(rs.getString(2), rs.getLong(3)); });
        return new ContestTotals(contestId, sums[0], sums[1], sums[2], candidates, lists);
    }

    /** Every contest's totals in two scans (export, benchmark, CSV). */
    public Map<String, ContestTotals> allTotals() {
        var sums = new HashMap<String, long[]>();
        jdbc.sql("select contest_id, sum(ballots), sum(blank), sum(invalid) from station_contest_total t where" + NOT_ANNULLED + "group by contest_id")
                .query(rs -> { sums.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}); });
        var candidates = new HashMap<String, TreeMap<String, Long>>();
        var lists = new HashMap<String, TreeMap<String, Long>>();
        jdbc.sql("select contest_id, kind, code, sum(votes) from station_option_votes t where" + NOT_ANNULLED + "group by contest_id, kind, code")
                .query(rs -> {
                    var target = "list".equals(rs.getString(2)) ? lists : candidates;
                    target.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(3), rs.getLong(4));
                });
        var out = new TreeMap<String, ContestTotals>();
        sums.forEach((id, s) -> out.put(id, new ContestTotals(id, s[0], s[1], s[2], candidates.get(id), lists.get(id))));
        return out;
    }

    /** Expected stations of a contest split into in (counted), missing, annulled; and the authenticated voters counted. */
    public Stations stations(String contestId) {
        var in = new ArrayList<String>();
        var missing = new ArrayList<String>();
        var annulled = new ArrayList<String>();
        long[] authenticated = {0};
        jdbc.sql("""
                select e.station_code, r.station_code is not null, a.station_code is not null, coalesce(r.authenticated, 0)
                from result_expected_station e
                left join station_report r on r.station_code = e.station_code
                left join station_annulment a on a.station_code = e.station_code
                where e.contest_id = ? order by e.station_code""").param(contestId)
                .query(rs -> {
                    if (rs.getBoolean(3)) annulled.add(rs.getString(1));
                    else if (rs.getBoolean(2)) { in.add(rs.getString(1)); authenticated[0] += rs.getLong(4); }
                    else missing.add(rs.getString(1));
                });
        return new Stations(in, missing, annulled, authenticated[0]);
    }

    public record Stations(List<String> in, List<String> missing, List<String> annulled, long authenticated) {}

    /** One row per contest: where it is, its stations, sums, and the versions that decide FINAL. */
    public record ContestRow(String contestId, String name, String countyId, String countyName, String provinceId,
                             String provinceName, long expected, long reported, long annulled,
                             long ballots, long blank, long invalid, long lastChange, long certifiedVersion) {

        public ContestResult.Status status() {
            if (expected - reported - annulled > 0) return ContestResult.Status.PROVISIONAL;
            return certifiedVersion >= lastChange ? ContestResult.Status.FINAL : ContestResult.Status.COMPLETE;
        }
    }

    /**
     * Contest rows: all of them ({@code scope} null), or those of "county:ID", "province:ID", or one "contest:ID".
     * The filter is applied inside each sum, so a county or contest page does not scan the nation.
     */
    public List<ContestRow> contestRows(String scope) {
        java.util.function.UnaryOperator<String> filter = alias -> "true";
        String param = "";
        if (scope != null) {
            int colon = scope.indexOf(':');
            String column = switch (scope.substring(0, Math.max(colon, 0))) {
                case "county" -> "county_id";
                case "province" -> "province_id";
                case "contest" -> "contest_id";
                default -> throw new IllegalArgumentException("scope must be county:ID, province:ID or contest:ID");
            };
            filter = alias -> alias + ".contest_id in (select contest_id from result_contest where " + column + " = :p)";
            param = scope.substring(colon + 1);
        }
        return jdbc.sql("""
                with exp as (
                  select e.contest_id, count(*) n,
                         count(r.station_code) filter (where a.station_code is null) reported,
                         count(a.station_code) annulled,
                         max(greatest(r.version, a.version)) last_change
                  from result_expected_station e
                  left join station_report r on r.station_code = e.station_code
                  left join station_annulment a on a.station_code = e.station_code
                  where %1$s
                  group by e.contest_id),
                tot as (
                  select t.contest_id, sum(ballots) b, sum(blank) bl, sum(invalid) inv
                  from station_contest_total t where %2$s and %3$s
                  group by t.contest_id),
                cert as (select x.contest_id, max(x.version) v from result_certification x where %4$s group by x.contest_id)
                select c.contest_id, c.constituency_name, c.county_id, c.county_name, c.province_id, c.province_name,
                       coalesce(exp.n, 0), coalesce(exp.reported, 0), coalesce(exp.annulled, 0),
                       coalesce(tot.b, 0), coalesce(tot.bl, 0), coalesce(tot.inv, 0),
                       coalesce(exp.last_change, 0), coalesce(cert.v, -1)
                from result_contest c left join exp using (contest_id) left join tot using (contest_id) left join cert using (contest_id)
                where %5$s order by c.contest_id""".formatted(filter.apply("e"), filter.apply("t"), NOT_ANNULLED, filter.apply("x"), filter.apply("c")))
                .param("p", param)
                .query((rs, n) -> new ContestRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14))).list();
    }

    /** Sums contest rows by county, by province, or into the nation. */
    public static List<RegionSummary> regions(List<ContestRow> rows, Function<ContestRow, String[]> scopeAndName) {
        var acc = new LinkedHashMap<String, long[]>();
        var names = new HashMap<String, String>();
        for (var r : rows) {
            var key = scopeAndName.apply(r);
            if (key[0].equals("county:")) continue; // a contest spanning counties (by-elections) counts in its province only
            names.put(key[0], key[1]);
            var a = acc.computeIfAbsent(key[0], k -> new long[7]);
            a[0] += r.ballots(); a[1] += r.blank(); a[2] += r.invalid();
            a[3] += r.reported(); a[4] += r.expected() - r.annulled(); a[5]++;
            if (r.status() == ContestResult.Status.FINAL) a[6]++;
        }
        var out = new ArrayList<RegionSummary>();
        acc.forEach((scope, a) -> out.add(new RegionSummary(scope, names.get(scope), a[0], a[1], a[2], a[3], a[4], (int) a[5], (int) a[6])));
        out.sort(java.util.Comparator.comparing(RegionSummary::scope));
        return out;
    }
}
