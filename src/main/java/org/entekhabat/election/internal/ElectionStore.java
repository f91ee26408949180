package org.entekhabat.election.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.election.BallotStyle;
import org.entekhabat.election.Constituency;
import org.entekhabat.election.ConstituencyKind;
import org.entekhabat.election.Contest;
import org.entekhabat.election.CountingRule;
import org.entekhabat.election.ElectionInfo;
import org.entekhabat.election.Place;
import org.entekhabat.election.PlaceType;
import org.entekhabat.election.ResidenceRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Election tables: one load replaces an election of the same id as a whole (the caller's transaction). */
@Component
public class ElectionStore {

    private static final String CONTEST = """
            select c.id, c.kind, c.name_fa, c.name_en, c.province_id,
                   (select county_id from election_constituency_county k where k.election_id = c.election_id
                      and k.constituency_id = c.id order by position limit 1) as county_id,
                   t.rule, t.seats, t.alternates, t.population, t.population_source, t.residence_required
            from election_constituency c join election_contest t on t.election_id = c.election_id and t.constituency_id = c.id
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ElectionStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void save(ElectionPlan plan) {
        var f = plan.file();
        jdbc.update("delete from election where id = ?", f.id());
        jdbc.update("update election set is_current = false where is_current");
        var rule = f.residenceRule();
        jdbc.update("""
                insert into election (id, name_fa, name_en, election_day, election_day_jalali, residence_enabled,
                    residence_threshold, residence_years, source_text, loaded_at, is_current)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)""",
                f.id(), f.nameFa(), f.nameEn(), f.electionDay().toLocalDate(), f.electionDay().toString(),
                rule.enabled(), rule.populationThreshold(), rule.years(), plan.sourceText(), Timestamp.from(clock.instant()));
        var constituencies = new ArrayList<Object[]>();
        var counties = new ArrayList<Object[]>();
        var places = new ArrayList<Object[]>();
        for (var c : plan.constituencies()) {
            constituencies.add(new Object[]{f.id(), c.id(), c.kind().name(), c.nameFa(), c.nameEn(), c.provinceId()});
            for (int i = 0; i < c.countyIds().size(); i++) counties.add(new Object[]{f.id(), c.id(), c.countyIds().get(i), i});
            for (var p : c.places()) places.add(new Object[]{f.id(), c.id(), p.type().name(), p.id(), p.name()});
        }
        jdbc.batchUpdate("insert into election_constituency (election_id, id, kind, name_fa, name_en, province_id) values (?, ?, ?, ?, ?, ?)", constituencies);
        jdbc.batchUpdate("insert into election_constituency_county (election_id, constituency_id, county_id, position) values (?, ?, ?, ?)", counties);
        jdbc.batchUpdate("insert into election_constituency_place (election_id, constituency_id, place_type, place_id, name) values (?, ?, ?, ?, ?)", places);
        var contests = plan.contests().stream().map(t -> new Object[]{f.id(), t.id(), t.rule().code(), t.seats(), t.alternates(),
                t.population(), t.populationSource(), t.residenceRequired()}).toList();
        jdbc.batchUpdate("""
                insert into election_contest (election_id, constituency_id, rule, seats, alternates, population, population_source, residence_required)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", contests);
        jdbc.batchUpdate("insert into election_ballot_style (election_id, id, contest_ids) values (?, ?, ?)",
                plan.ballotStyles(), 500, (ps, s) -> {
                    ps.setString(1, f.id());
                    ps.setString(2, s.id());
                    ps.setArray(3, ps.getConnection().createArrayOf("text", s.contestIds().toArray()));
                });
        var placeStyles = plan.placeStyles().stream().map(p -> new Object[]{f.id(), p.type().name(), p.placeId(), p.ballotStyleId()}).toList();
        jdbc.batchUpdate("insert into election_ballot_style_place (election_id, place_type, place_id, ballot_style_id) values (?, ?, ?, ?)", placeStyles);
    }

    public boolean exists(String electionId) {
        return jdbc.queryForObject("select count(*) from election where id = ?", Integer.class, electionId) > 0;
    }

    public Optional<ElectionInfo> current() {
        return jdbc.query("""
                select id, name_fa, name_en, election_day_jalali, residence_enabled, residence_threshold, residence_years
                from election where is_current""", (rs, i) -> info(rs)).stream().findFirst();
    }

    private ElectionInfo info(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        var counts = new EnumMap<ConstituencyKind, Integer>(ConstituencyKind.class);
        for (var k : ConstituencyKind.values()) counts.put(k, 0);
        jdbc.query("select kind, count(*) from election_constituency where election_id = ? group by kind",
                r -> { counts.put(ConstituencyKind.valueOf(r.getString(1)), r.getInt(2)); }, id);
        int styles = jdbc.queryForObject("select count(*) from election_ballot_style where election_id = ?", Integer.class, id);
        return new ElectionInfo(id, rs.getString("name_fa"), rs.getString("name_en"), JalaliDate.parse(rs.getString("election_day_jalali")),
                new ResidenceRule(rs.getBoolean("residence_enabled"), rs.getLong("residence_threshold"), rs.getInt("residence_years")),
                counts, styles);
    }

    public List<Contest> contests(String electionId) {
        return jdbc.query(CONTEST + " where c.election_id = ? order by c.province_id, c.kind, c.id", CONTEST_ROW, electionId);
    }

    /** Contests held in a county: its councils and by-elections, and its province's Experts by-election. */
    public List<Contest> contestsOfCounty(String electionId, long countyId, int provinceId) {
        return jdbc.query(CONTEST + """
                 where c.election_id = ? and (c.id in (select constituency_id from election_constituency_county
                        where election_id = ? and county_id = ?) or (c.kind = 'EXPERTS' and c.province_id = ?))
                 order by case c.kind when 'LIST_PR_COUNCIL' then 0 when 'CITY_COUNCIL' then 1 when 'VILLAGE_COUNCIL' then 2
                          when 'MAJLIS' then 3 else 4 end, c.id""",
                CONTEST_ROW, electionId, electionId, countyId, provinceId);
    }

    public List<Contest> contestsOfProvince(String electionId, int provinceId) {
        return jdbc.query(CONTEST + " where c.election_id = ? and c.province_id = ? order by c.kind, c.id", CONTEST_ROW, electionId, provinceId);
    }

    public Optional<Contest> contest(String electionId, String id) {
        return jdbc.query(CONTEST + " where c.election_id = ? and c.id = ?", CONTEST_ROW, electionId, id).stream().findFirst();
    }

    public Optional<Constituency> constituency(String electionId, String id) {
        return jdbc.query("select id, kind, name_fa, name_en, province_id from election_constituency where election_id = ? and id = ?",
                (rs, i) -> new Constituency(rs.getString(1), ConstituencyKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getInt(5),
                        jdbc.queryForList("select county_id from election_constituency_county where election_id = ? and constituency_id = ? order by position",
                                Long.class, electionId, id),
                        jdbc.query("select place_type, place_id, name from election_constituency_place where election_id = ? and constituency_id = ? order by place_id",
                                (p, j) -> new Place(PlaceType.valueOf(p.getString(1)), p.getLong(2), p.getString(3)), electionId, id)),
                electionId, id).stream().findFirst();
    }

    public Optional<BallotStyle> ballotStyleFor(String electionId, PlaceType type, long placeId) {
        return jdbc.query("""
                select s.id, s.contest_ids from election_ballot_style_place p
                join election_ballot_style s on s.election_id = p.election_id and s.id = p.ballot_style_id
                where p.election_id = ? and p.place_type = ? and p.place_id = ?""", STYLE_ROW, electionId, type.name(), placeId)
                .stream().findFirst();
    }

    /** Ballot styles that include a contest, with how many places use each. */
    public Map<BallotStyle, Integer> ballotStylesWith(String electionId, String contestId) {
        var out = new LinkedHashMap<BallotStyle, Integer>();
        jdbc.query("""
                select s.id, s.contest_ids, (select count(*) from election_ballot_style_place p
                    where p.election_id = s.election_id and p.ballot_style_id = s.id) as places
                from election_ballot_style s where s.election_id = ? and ? = any(s.contest_ids) order by s.id""",
                rs -> { out.put(STYLE_ROW.mapRow(rs, 0), rs.getInt(3)); }, electionId, contestId);
        return out;
    }

    private static final RowMapper<BallotStyle> STYLE_ROW = (rs, i) -> new BallotStyle(rs.getString(1), strings(rs.getArray(2)));

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static final RowMapper<Contest> CONTEST_ROW = (rs, i) -> {
        long county = rs.getLong("county_id");
        Long countyId = rs.wasNull() ? null : county;
        long population = rs.getLong("population");
        Long pop = rs.wasNull() ? null : population;
        return new Contest(rs.getString("id"), ConstituencyKind.valueOf(rs.getString("kind")), rs.getString("name_fa"),
                rs.getString("name_en"), rs.getInt("province_id"), countyId,
                CountingRule.of(rs.getString("rule"), rs.getInt("seats"), rs.getInt("alternates")), pop,
                rs.getString("population_source"), rs.getBoolean("residence_required"));
    };
}
