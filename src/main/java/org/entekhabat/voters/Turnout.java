package org.entekhabat.voters;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.entekhabat.polling.StationPackageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Live turnout from the participation ledger: by station, county, province, sex, age band and
 * channel. One grouped query; stations are placed in counties and provinces through their packages.
 */
@Service
public class Turnout {

    private final JdbcClient jdbc;
    private final StationPackageSource packages;
    private final Clock clock;

    Turnout(JdbcClient jdbc, StationPackageSource packages, Clock clock) {
        this.jdbc = jdbc;
        this.packages = packages;
        this.clock = clock;
    }

    /** One line of a breakdown: a code (station, county, province, sex, band), a name when known, the voters. */
    public record Row(String code, String name, long voters) {}

    public record Report(String electionId, Instant at, long total, List<Row> byStation, List<Row> byCounty,
                         List<Row> byProvince, List<Row> bySex, List<Row> byAgeBand, List<Row> byChannel) {}

    private record Cell(String station, String sex, String band, String channel, long n) {}

    public Report of(String electionId) {
        var cells = jdbc.sql("""
                        select station_code, coalesce(sex, 'UNKNOWN'), coalesce(age_band, 'UNKNOWN'), channel, count(*)
                        from participation where election_id = :e group by 1, 2, 3, 4""")
                .param("e", electionId)
                .query((rs, i) -> new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list();
        var places = new java.util.HashMap<String, StationPackageSource.StationPlace>();
        packages.places().forEach(p -> places.put(p.stationCode(), p));
        long total = cells.stream().mapToLong(Cell::n).sum();
        var unknown = new StationPackageSource.StationPlace("", "", "UNKNOWN", "UNKNOWN");
        return new Report(electionId, clock.instant(), total,
                rows(cells, Cell::station, code -> places.getOrDefault(code, unknown).stationName()),
                rows(cells, c -> nonNull(places.getOrDefault(c.station(), unknown).countyId()), code -> ""),
                rows(cells, c -> nonNull(places.getOrDefault(c.station(), unknown).provinceId()), code -> ""),
                rows(cells, Cell::sex, code -> ""),
                ordered(rows(cells, Cell::band, code -> ""), Demographics.AGE_BANDS),
                rows(cells, Cell::channel, code -> ""));
    }

    private static String nonNull(String s) {
        return s == null ? "UNKNOWN" : s;
    }

    private static List<Row> rows(List<Cell> cells, Function<Cell, String> key, Function<String, String> name) {
        var sums = new TreeMap<String, Long>();
        for (var c : cells) sums.merge(key.apply(c), c.n(), Long::sum);
        var rows = new ArrayList<Row>();
        sums.forEach((k, v) -> rows.add(new Row(k, name.apply(k), v)));
        return rows;
    }

    private static List<Row> ordered(List<Row> rows, List<String> order) {
        var byCode = new LinkedHashMap<String, Row>();
        rows.forEach(r -> byCode.put(r.code(), r));
        var out = new ArrayList<Row>();
        for (String code : order) out.add(byCode.getOrDefault(code, new Row(code, "", 0)));
        rows.stream().filter(r -> !order.contains(r.code())).sorted(Comparator.comparing(Row::code)).forEach(out::add);
        return out;
    }

    Map<String, Long> asMap(List<Row> rows) {
        var m = new LinkedHashMap<String, Long>();
        rows.forEach(r -> m.put(r.code(), r.voters()));
        return m;
    }
}
