package org.entekhabat.polling.central;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageBuilder;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.polling.StationPackageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Central's station packages: the table {@code station_package} (JSON per station) first, then the
 * {@link StationPackageBuilder} (absent in a context without one: then stored packages only).
 */
@Component
class JdbcStationPackageSource implements StationPackageSource {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<StationPackageBuilder> builder;

    JdbcStationPackageSource(JdbcClient jdbc, Clock clock, ObjectProvider<StationPackageBuilder> builder) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.builder = builder;
    }

    @Override
    public Optional<StationPackage> find(String stationCode) {
        try {
            return Optional.of(require(stationCode));
        } catch (DomainException e) {
            if (e.status() == 404) return Optional.empty();
            throw e;
        }
    }

    @Override
    public StationPackage require(String stationCode) {
        var stored = stored(stationCode);
        if (stored.isPresent()) return stored.get();
        var b = builder.getIfAvailable();
        if (b == null) {
            throw DomainException.notFound("station-package.missing", "بستهٔ این شعبه هنوز در مرکز بارگذاری نشده است.",
                    "No package has been loaded for this station yet.");
        }
        return b.build(stationCode);
    }

    @Override
    public Optional<StationPackage> stored(String stationCode) {
        return jdbc.sql("select json from station_package where station_code = :s").param("s", stationCode)
                .query(String.class).optional().map(StationPackageJson::parse);
    }

    @Override
    public void save(StationPackage p) {
        var problems = p.problems();
        if (!problems.isEmpty()) throw new IllegalArgumentException("station package is not valid: " + problems);
        jdbc.sql("""
                        insert into station_package (station_code, election_id, county_id, province_id, station_name, json, loaded_at)
                        values (:s, :e, :county, :province, :name, :json, :now)
                        on conflict (station_code) do update set election_id = excluded.election_id, county_id = excluded.county_id,
                            province_id = excluded.province_id, station_name = excluded.station_name, json = excluded.json,
                            loaded_at = excluded.loaded_at""")
                .param("s", p.stationCode()).param("e", p.electionId()).param("county", p.countyId())
                .param("province", p.provinceId()).param("name", p.stationName() == null ? "" : p.stationName())
                .param("json", StationPackageJson.write(p)).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public List<StationPlace> places() {
        var stored = jdbc.sql("select station_code, station_name, county_id, province_id from station_package order by station_code")
                .query((rs, i) -> new StationPlace(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        var b = builder.getIfAvailable();
        if (b == null) return stored;
        var all = new java.util.ArrayList<>(stored);
        var codes = new java.util.HashSet<String>();
        stored.forEach(p -> codes.add(p.stationCode()));
        b.places().stream().filter(p -> !codes.contains(p.stationCode())).forEach(all::add);
        return all;
    }
}
