package org.entekhabat.geography;

import java.util.List;
import java.util.Optional;
import org.entekhabat.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read-only lookups over the imported divisions. Unknown ids: empty, or a 404 from the {@code require…} forms. */
@Service
public class Geography {

    private static final String COUNTY = """
            select c.id, c.province_id, c.name, c.slug,
                   (select sum(population) from geo_census_county cc where cc.county_id = c.id) as census
            from geo_county c""";
    private static final String CITY = "select id, province_id, county_id, name, council_key, council_name from geo_city";
    private static final String VILLAGE = """
            select v.id, v.rural_district_id, r.county_id, r.province_id, v.name, v.population, v.households,
                   v.population_source, v.generated
            from geo_village v join geo_rural_district r on r.id = v.rural_district_id""";

    private static final org.springframework.jdbc.core.RowMapper<County> COUNTY_ROW = Geography::mapCounty;

    private final JdbcClient jdbc;

    Geography(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean imported() {
        return jdbc.sql("select count(*) from geo_province").query(Integer.class).single() > 0;
    }

    public List<Province> provinces() {
        return jdbc.sql("select id, name, slug from geo_province order by id").query(Province.class).list();
    }

    public Optional<Province> province(int id) {
        return jdbc.sql("select id, name, slug from geo_province where id = ?").param(id).query(Province.class).optional();
    }

    public Province requireProvince(int id) {
        return province(id).orElseThrow(() -> notFound("province", id));
    }

    public List<County> counties(int provinceId) {
        return jdbc.sql(COUNTY + " where c.province_id = ? order by c.id").param(provinceId).query(COUNTY_ROW).list();
    }

    public List<County> allCounties() {
        return jdbc.sql(COUNTY + " order by c.id").query(COUNTY_ROW).list();
    }

    public Optional<County> county(long id) {
        return jdbc.sql(COUNTY + " where c.id = ?").param(id).query(COUNTY_ROW).optional();
    }

    public County requireCounty(long id) {
        return county(id).orElseThrow(() -> notFound("county", id));
    }

    public Province provinceOfCounty(long countyId) {
        return requireProvince(requireCounty(countyId).provinceId());
    }

    public List<District> districts(long countyId) {
        return jdbc.sql("select id, province_id, county_id, name from geo_district where county_id = ? order by id")
                .param(countyId).query(District.class).list();
    }

    public List<City> cities(long countyId) {
        return jdbc.sql(CITY + " where county_id = ? order by id").param(countyId).query(City.class).list();
    }

    public List<City> allCities() {
        return jdbc.sql(CITY + " order by id").query(City.class).list();
    }

    public Optional<City> city(long id) {
        return jdbc.sql(CITY + " where id = ?").param(id).query(City.class).optional();
    }

    public County countyOfCity(long cityId) {
        var city = city(cityId).orElseThrow(() -> notFound("city", cityId));
        return requireCounty(city.countyId());
    }

    public List<RuralDistrict> ruralDistricts(long countyId) {
        return jdbc.sql("select id, province_id, county_id, name from geo_rural_district where county_id = ? order by id")
                .param(countyId).query(RuralDistrict.class).list();
    }

    public List<Village> villages(long countyId) {
        return jdbc.sql(VILLAGE + " where r.county_id = ? order by v.id").param(countyId).query(Village.class).list();
    }

    public List<Village> allVillages() {
        return jdbc.sql(VILLAGE + " order by v.id").query(Village.class).list();
    }

    public Optional<Village> village(long id) {
        return jdbc.sql(VILLAGE + " where v.id = ?").param(id).query(Village.class).optional();
    }

    /** The 2016 census total of a county, when a census county matched it. */
    public Optional<Long> censusPopulation(long countyId) {
        return county(countyId).map(County::censusPopulation);
    }

    public CensusMatchReport censusReport() {
        var unmatched = jdbc.sql("select side, province_id, ref, name, population from geo_census_unmatched order by side, province_id, ref")
                .query(CensusMatchReport.Unmatched.class).list();
        long total = jdbc.sql("select coalesce(sum(male + female), 0) from geo_census_row").query(Long.class).single();
        long matched = jdbc.sql("select coalesce(sum(population), 0) from geo_census_county where county_id is not null").query(Long.class).single();
        int censusCounties = jdbc.sql("select count(*) from geo_census_county").query(Integer.class).single();
        int matchedCounties = jdbc.sql("select count(*) from geo_census_county where county_id is not null").query(Integer.class).single();
        return new CensusMatchReport(censusCounties, matchedCounties, total, matched,
                unmatched.stream().filter(u -> u.side().equals("census-only")).toList(),
                unmatched.stream().filter(u -> u.side().equals("division-only")).toList());
    }

    private static County mapCounty(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long census = rs.getLong(5);
        return new County(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.wasNull() ? null : census);
    }

    private static DomainException notFound(String what, long id) {
        return DomainException.notFound("geography.not-found",
                "واحد تقسیماتی با این شناسه یافت نشد: " + id, "No " + what + " with id " + id);
    }
}
