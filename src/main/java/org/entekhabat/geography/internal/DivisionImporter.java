package org.entekhabat.geography.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.geography.CensusMatchReport;
import org.entekhabat.geography.PersianNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the official divisions and the 2016 census from the classpath. Idempotent: rows that are
 * already there are left alone (insert … on conflict do nothing), and the census match is
 * recomputed to the same result.
 */
@Component
public class DivisionImporter {

    static final String DIVISIONS = "data/iran-divisions/";
    static final String CENSUS = "data/iran-census-2016/population-by-county-age-sex.csv";
    static final String ALIASES = "geography/census-county-aliases.csv";

    private final JdbcTemplate jdbc;

    DivisionImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return rows added (0 on a re-run) */
    @Transactional
    public int importAll() {
        int added = 0;
        added += insert("insert into geo_province (id, name, slug, tel_prefix) values (?, ?, ?, ?) on conflict do nothing",
                rows("provinces.csv", r -> new Object[]{Integer.parseInt(r.get(0)), r.get(1).strip(), r.get(2), r.get(3)}));
        added += insert("insert into geo_county (id, name, slug, province_id) values (?, ?, ?, ?) on conflict do nothing",
                rows("counties.csv", r -> new Object[]{Long.parseLong(r.get(0)), r.get(1).strip(), r.get(2), Integer.parseInt(r.get(3))}));
        added += insert("insert into geo_district (id, name, slug, province_id, county_id) values (?, ?, ?, ?, ?) on conflict do nothing",
                rows("districts.csv", CSV_WITH_COUNTY));
        added += insert("insert into geo_city (id, name, slug, province_id, county_id, council_name, council_key) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                rows("cities.csv", r -> new Object[]{Long.parseLong(r.get(0)), r.get(1).strip(), r.get(2),
                        Integer.parseInt(r.get(3)), Long.parseLong(r.get(4)),
                        PersianNames.councilName(r.get(1)), PersianNames.councilKey(r.get(1))}));
        added += insert("insert into geo_rural_district (id, name, slug, province_id, county_id) values (?, ?, ?, ?, ?) on conflict do nothing",
                rows("rurals.csv", CSV_WITH_COUNTY));
        added += importCensus();
        matchCensus();
        return added;
    }

    private static final java.util.function.Function<List<String>, Object[]> CSV_WITH_COUNTY = r -> new Object[]{
            Long.parseLong(r.get(0)), r.get(1).strip(), r.get(2), Integer.parseInt(r.get(3)), Long.parseLong(r.get(4))};

    private static List<Object[]> rows(String file, java.util.function.Function<List<String>, Object[]> mapper) {
        return Csv.classpath(DIVISIONS + file).stream().map(mapper).toList();
    }

    private int importCensus() {
        var rows = Csv.classpath(CENSUS).stream().map(r -> new Object[]{
                r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), Integer.parseInt(r.get(5)), Integer.parseInt(r.get(6))}).toList();
        return insert("insert into geo_census_row (province_name, province_code, county_name, county_code, age_group, male, female) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", rows);
    }

    private int insert(String sql, List<Object[]> rows) {
        int added = 0;
        for (int n : jdbc.batchUpdate(sql, rows)) added += Math.max(n, 0);
        return added;
    }

    private void matchCensus() {
        var census = jdbc.query("""
                select province_code, county_code, min(county_name) as name, sum(male + female) as population
                from geo_census_row group by province_code, county_code order by province_code, county_code""",
                (rs, i) -> new CensusMatcher.CensusCounty(rs.getString(1), rs.getString(2),
                        100 + Integer.parseInt(rs.getString(1)), rs.getString(3), rs.getLong(4)));
        var divisions = jdbc.query("select id, province_id, name from geo_county order by id",
                (rs, i) -> new CensusMatcher.DivisionCounty(rs.getLong(1), rs.getInt(2), rs.getString(3)));
        var aliases = Csv.classpath(ALIASES).stream()
                .map(r -> new CensusMatcher.Alias(Integer.parseInt(r.get(0)), r.get(1), r.get(2), r.get(3))).toList();
        var result = CensusMatcher.match(census, divisions, aliases);
        var rows = new ArrayList<Object[]>();
        for (var m : result.matches()) {
            var c = m.census();
            rows.add(new Object[]{c.provinceCode(), c.countyCode(), c.provinceId(), c.name(), c.population(), m.countyId(), m.method()});
        }
        jdbc.batchUpdate("""
                insert into geo_census_county (province_code, county_code, province_id, name, population, county_id, match_method)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (province_code, county_code) do update set county_id = excluded.county_id,
                    match_method = excluded.match_method, population = excluded.population
                where geo_census_county.county_id is distinct from excluded.county_id
                   or geo_census_county.match_method <> excluded.match_method
                   or geo_census_county.population <> excluded.population""", rows);
        var unmatched = new ArrayList<Object[]>();
        for (var u : concat(result.censusOnly(), result.divisionOnly())) {
            unmatched.add(new Object[]{u.side(), u.provinceId(), u.ref(), u.name(), u.population()});
        }
        jdbc.update("delete from geo_census_unmatched");
        jdbc.batchUpdate("insert into geo_census_unmatched (side, province_id, ref, name, population) values (?, ?, ?, ?, ?)", unmatched);
    }

    private static List<CensusMatchReport.Unmatched> concat(List<CensusMatchReport.Unmatched> a, List<CensusMatchReport.Unmatched> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Row counts per table, for reports. */
    public Map<String, Integer> counts() {
        var counts = new LinkedHashMap<String, Integer>();
        for (String t : List.of("geo_province", "geo_county", "geo_district", "geo_city", "geo_rural_district",
                "geo_village", "geo_census_row")) {
            counts.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class));
        }
        return counts;
    }
}
