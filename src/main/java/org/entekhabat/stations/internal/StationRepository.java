package org.entekhabat.stations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.stations.Deficiency;
import org.entekhabat.stations.DeficiencyCategory;
import org.entekhabat.stations.DeficiencyStatus;
import org.entekhabat.stations.Device;
import org.entekhabat.stations.DeviceSelfTest;
import org.entekhabat.stations.DeviceType;
import org.entekhabat.stations.LinkTest;
import org.entekhabat.stations.LinkType;
import org.entekhabat.stations.PlaceType;
import org.entekhabat.stations.PowerCheck;
import org.entekhabat.stations.StaffAssignment;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stations and their checklists in PostgreSQL. Filters: a null province or county means "all". */
@Repository
public class StationRepository {

    private static final String FILTER = " (cast(:p as text) is null or s.province_id = :p)"
            + " and (cast(:c as text) is null or s.county_id = :c) ";

    private final JdbcClient jdbc;

    public StationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- registry

    /** Inserts or replaces a station and its device list; returns true when it was new. */
    public boolean upsert(Station s, String source, Instant now) {
        boolean existed = exists(s.code());
        jdbc.sql("""
                insert into station (code, name, address, county_id, province_id, constituency_id, place_type,
                    place_id, kind, expected_voters, link_type, source, created_at, updated_at)
                values (:code, :name, :address, :county, :province, :constituency, :placeType, :placeId, :kind,
                    :voters, :link, :source, :now, :now)
                on conflict (code) do update set name = excluded.name, address = excluded.address,
                    county_id = excluded.county_id, province_id = excluded.province_id,
                    constituency_id = excluded.constituency_id, place_type = excluded.place_type,
                    place_id = excluded.place_id, kind = excluded.kind, expected_voters = excluded.expected_voters,
                    link_type = excluded.link_type, source = excluded.source, updated_at = excluded.updated_at
                """)
                .param("code", s.code()).param("name", s.name()).param("address", s.address())
                .param("county", s.countyId()).param("province", s.provinceId())
                .param("constituency", s.constituencyId()).param("placeType", s.placeType().name())
                .param("placeId", s.placeId()).param("kind", s.kind().name()).param("voters", s.expectedVoters())
                .param("link", s.link() == null ? null : s.link().name()).param("source", source)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("delete from station_terminal where station_code = :code").param("code", s.code()).update();
        for (Device d : s.devices()) {
            jdbc.sql("insert into station_terminal (device_id, station_code, device_type) values (:id, :code, :type)")
                    .param("id", d.id()).param("code", s.code()).param("type", d.type().name()).update();
        }
        return !existed;
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from station where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    /** The station that holds a device id now, if any. */
    public Optional<String> stationOfDevice(String deviceId) {
        return jdbc.sql("select station_code from station_terminal where device_id = :id").param("id", deviceId)
                .query(String.class).optional();
    }

    /** The county id of a station, without loading the rest (asked on every access check). */
    public Optional<String> countyOf(String code) {
        return jdbc.sql("select county_id from station where code = :code").param("code", code)
                .query(String.class).optional();
    }

    public Optional<Station> find(String code) {
        return list(null, null, code).stream().findFirst();
    }

    public List<Station> list(String provinceId, String countyId) {
        return list(provinceId, countyId, null);
    }

    private List<Station> list(String provinceId, String countyId, String code) {
        var devices = new HashMap<String, List<Device>>();
        jdbc.sql("select d.device_id, d.station_code, d.device_type from station_terminal d join station s on s.code = d.station_code"
                        + " where" + FILTER + " and (cast(:code as text) is null or s.code = :code) order by d.device_type, d.device_id")
                .param("p", provinceId).param("c", countyId).param("code", code)
                .query((rs, n) -> {
                    devices.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new Device(rs.getString(1), DeviceType.valueOf(rs.getString(3))));
                    return null;
                }).list();
        return jdbc.sql("select * from station s where" + FILTER
                        + " and (cast(:code as text) is null or s.code = :code) order by s.province_id, s.county_id, s.code")
                .param("p", provinceId).param("c", countyId).param("code", code)
                .query((rs, n) -> station(rs, devices.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    private static Station station(ResultSet rs, List<Device> devices) throws SQLException {
        String link = rs.getString("link_type");
        return new Station(rs.getString("code"), rs.getString("name"), rs.getString("address"),
                rs.getString("county_id"), rs.getString("province_id"), rs.getString("constituency_id"),
                PlaceType.valueOf(rs.getString("place_type")), rs.getString("place_id"),
                StationKind.valueOf(rs.getString("kind")), rs.getInt("expected_voters"),
                link == null ? null : LinkType.valueOf(link), devices);
    }

    public long count() {
        return jdbc.sql("select count(*) from station").query(Long.class).single();
    }

    // ---- staff

    public void assign(StaffAssignment a) {
        jdbc.sql("""
                insert into station_staff (station_code, username, role) values (:code, :user, :role)
                on conflict (station_code, username) do update set role = excluded.role
                """).param("code", a.stationCode()).param("user", a.username()).param("role", a.role()).update();
    }

    public int unassign(String code, String username) {
        return jdbc.sql("delete from station_staff where station_code = :code and username = :user")
                .param("code", code).param("user", username).update();
    }

    public List<StaffAssignment> staff(String provinceId, String countyId) {
        return jdbc.sql("select t.station_code, t.username, t.role from station_staff t join station s on s.code = t.station_code"
                        + " where" + FILTER + " order by t.station_code, t.username")
                .param("p", provinceId).param("c", countyId)
                .query((rs, n) -> new StaffAssignment(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<StaffAssignment> staffOf(String code) {
        return jdbc.sql("select station_code, username, role from station_staff where station_code = :code order by username")
                .param("code", code)
                .query((rs, n) -> new StaffAssignment(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    // ---- checklist

    public long addLinkTest(String code, LinkType link, int samples, int lost, Double min, Double avg, Double max,
                            Instant at, String by) {
        return jdbc.sql("""
                insert into station_link_test (station_code, link_type, samples, lost, min_ms, avg_ms, max_ms, tested_at, reported_by)
                values (:code, :link, :samples, :lost, :min, :avg, :max, :at, :by) returning id
                """).param("code", code).param("link", link == null ? null : link.name()).param("samples", samples)
                .param("lost", lost).param("min", min).param("avg", avg).param("max", max)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    public Map<String, LinkTest> latestLinkTests(String provinceId, String countyId) {
        var out = new HashMap<String, LinkTest>();
        jdbc.sql("select distinct on (t.station_code) t.* from station_link_test t join station s on s.code = t.station_code"
                        + " where" + FILTER + " order by t.station_code, t.tested_at desc, t.id desc")
                .param("p", provinceId).param("c", countyId)
                .query((rs, n) -> out.put(rs.getString("station_code"), linkTest(rs))).list();
        return out;
    }

    public List<LinkTest> linkTests(String code, int limit) {
        return jdbc.sql("select * from station_link_test where station_code = :code order by tested_at desc, id desc limit :limit")
                .param("code", code).param("limit", limit).query((rs, n) -> linkTest(rs)).list();
    }

    private static LinkTest linkTest(ResultSet rs) throws SQLException {
        String link = rs.getString("link_type");
        return new LinkTest(rs.getLong("id"), rs.getString("station_code"), link == null ? null : LinkType.valueOf(link),
                rs.getInt("samples"), rs.getInt("lost"), (Double) rs.getObject("min_ms"), (Double) rs.getObject("avg_ms"),
                (Double) rs.getObject("max_ms"), rs.getTimestamp("tested_at").toInstant(), rs.getString("reported_by"));
    }

    public void savePower(PowerCheck p) {
        jdbc.sql("""
                insert into station_power (station_code, grid_ok, ups_ok, generator_ok, checked_at, checked_by)
                values (:code, :grid, :ups, :gen, :at, :by)
                on conflict (station_code) do update set grid_ok = excluded.grid_ok, ups_ok = excluded.ups_ok,
                    generator_ok = excluded.generator_ok, checked_at = excluded.checked_at, checked_by = excluded.checked_by
                """).param("code", p.stationCode()).param("grid", p.gridOk()).param("ups", p.upsOk())
                .param("gen", p.generatorOk()).param("at", Timestamp.from(p.checkedAt())).param("by", p.checkedBy()).update();
    }

    public Map<String, PowerCheck> power(String provinceId, String countyId) {
        var out = new HashMap<String, PowerCheck>();
        jdbc.sql("select t.* from station_power t join station s on s.code = t.station_code where" + FILTER)
                .param("p", provinceId).param("c", countyId)
                .query((rs, n) -> out.put(rs.getString("station_code"), new PowerCheck(rs.getString("station_code"),
                        rs.getBoolean("grid_ok"), rs.getBoolean("ups_ok"), rs.getBoolean("generator_ok"),
                        rs.getTimestamp("checked_at").toInstant(), rs.getString("checked_by")))).list();
        return out;
    }

    public long addDeviceTest(String code, String deviceId, boolean passed, String note, Instant at, String by) {
        return jdbc.sql("""
                insert into station_terminal_test (station_code, device_id, passed, note, tested_at, tested_by)
                values (:code, :device, :passed, :note, :at, :by) returning id
                """).param("code", code).param("device", deviceId).param("passed", passed).param("note", note)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    /** Latest self-test per device id, grouped by station code. */
    public Map<String, Map<String, DeviceSelfTest>> latestDeviceTests(String provinceId, String countyId) {
        var out = new HashMap<String, Map<String, DeviceSelfTest>>();
        jdbc.sql("select distinct on (t.station_code, t.device_id) t.* from station_terminal_test t"
                        + " join station s on s.code = t.station_code where" + FILTER
                        + " order by t.station_code, t.device_id, t.tested_at desc, t.id desc")
                .param("p", provinceId).param("c", countyId)
                .query((rs, n) -> {
                    var t = new DeviceSelfTest(rs.getLong("id"), rs.getString("station_code"), rs.getString("device_id"),
                            rs.getBoolean("passed"), rs.getString("note"), rs.getTimestamp("tested_at").toInstant(),
                            rs.getString("tested_by"));
                    return out.computeIfAbsent(t.stationCode(), k -> new LinkedHashMap<>()).put(t.deviceId(), t);
                }).list();
        return out;
    }

    public long addDeficiency(String code, DeficiencyCategory category, String description, String owner,
                              LocalDate due, Instant now, String by) {
        return jdbc.sql("""
                insert into station_deficiency (station_code, category, description, owner, due_date, status,
                    created_at, updated_at, updated_by)
                values (:code, :cat, :what, :owner, :due, 'OPEN', :now, :now, :by) returning id
                """).param("code", code).param("cat", category.name()).param("what", description).param("owner", owner)
                .param("due", due).param("now", Timestamp.from(now)).param("by", by).query(Long.class).single();
    }

    public int setDeficiencyStatus(long id, DeficiencyStatus status, Instant now, String by) {
        return jdbc.sql("update station_deficiency set status = :status, updated_at = :now, updated_by = :by where id = :id")
                .param("status", status.name()).param("now", Timestamp.from(now)).param("by", by).param("id", id).update();
    }

    public Optional<Deficiency> deficiency(long id) {
        return jdbc.sql("select * from station_deficiency where id = :id").param("id", id)
                .query((rs, n) -> deficiency(rs)).optional();
    }

    public List<Deficiency> deficiencies(String provinceId, String countyId) {
        return jdbc.sql("select t.* from station_deficiency t join station s on s.code = t.station_code where" + FILTER
                        + " order by t.status, t.due_date nulls last, t.id")
                .param("p", provinceId).param("c", countyId).query((rs, n) -> deficiency(rs)).list();
    }

    private static Deficiency deficiency(ResultSet rs) throws SQLException {
        var due = rs.getDate("due_date");
        return new Deficiency(rs.getLong("id"), rs.getString("station_code"),
                DeficiencyCategory.valueOf(rs.getString("category")), rs.getString("description"), rs.getString("owner"),
                due == null ? null : due.toLocalDate(), DeficiencyStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
