package org.entekhabat.election;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of contests, constituencies and ballot styles, shared by the REST API and the CLI (Latin digits, ISO dates). */
public final class ElectionJson {

    private ElectionJson() {}

    public static Map<String, Object> contest(Contest c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", c.id());
        m.put("kind", c.kind().name());
        m.put("nameFa", c.nameFa());
        m.put("nameEn", c.nameEn());
        m.put("provinceId", c.provinceId());
        m.put("countyId", c.countyId());
        m.put("rule", c.rule().code());
        m.put("seats", c.seats());
        m.put("alternates", c.alternates());
        m.put("population", c.population());
        m.put("populationSource", c.populationSource());
        m.put("residenceRequired", c.residenceRequired());
        return m;
    }

    public static Map<String, Object> constituency(Constituency c, Contest contest, Map<BallotStyle, Integer> styles) {
        var m = contest(contest);
        m.put("countyIds", c.countyIds());
        m.put("places", c.places().stream().map(p -> Map.of("type", p.type().name(), "id", p.id(), "name", p.name())).toList());
        m.put("ballotStyles", styles.entrySet().stream().map(e -> ballotStyle(e.getKey(), e.getValue())).toList());
        return m;
    }

    public static Map<String, Object> ballotStyle(BallotStyle s, Integer places) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", s.id());
        m.put("contestIds", s.contestIds());
        if (places != null) m.put("places", places);
        return m;
    }

    public static Map<String, Object> election(ElectionInfo e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", e.id());
        m.put("nameFa", e.nameFa());
        m.put("nameEn", e.nameEn());
        m.put("electionDay", e.electionDay().toLocalDate().toString());
        m.put("electionDayJalali", e.electionDay().toString());
        m.put("residenceRule", Map.of("enabled", e.residenceRule().enabled(),
                "populationThreshold", e.residenceRule().populationThreshold(), "years", e.residenceRule().years()));
        var counts = new LinkedHashMap<String, Object>();
        e.contests().forEach((k, v) -> counts.put(k.name(), v));
        m.put("contests", counts);
        m.put("ballotStyles", e.ballotStyles());
        return m;
    }

    public static List<Map<String, Object>> contests(List<Contest> contests) {
        return contests.stream().map(ElectionJson::contest).toList();
    }
}
