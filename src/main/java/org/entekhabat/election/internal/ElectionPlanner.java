package org.entekhabat.election.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.entekhabat.election.BallotStyle;
import org.entekhabat.election.Constituency;
import org.entekhabat.election.ConstituencyKind;
import org.entekhabat.election.Contest;
import org.entekhabat.election.CountingRule;
import org.entekhabat.election.Place;
import org.entekhabat.election.PlaceType;
import org.entekhabat.geography.City;
import org.entekhabat.geography.County;
import org.entekhabat.geography.Village;

/**
 * Turns a parsed election file into constituencies, contests and ballot styles: checks every
 * division it names and every duplicate, with the path of the offending entry. Plain Java.
 */
final class ElectionPlanner {

    static final String LAW_FIXED = "law:fixed-seats";
    static final String COUNTY_TOTALS = "census-2016:county-totals";

    private final ElectionFile file;
    private final Divisions div;
    private final Problems problems;
    private final List<Constituency> constituencies = new ArrayList<>();
    private final List<Contest> contests = new ArrayList<>();
    /** council constituency id of every city and village */
    private final Map<Long, String> cityCouncil = new HashMap<>();
    private final Map<Long, String> villageCouncil = new HashMap<>();
    private final Map<Long, String> majlisOfCounty = new HashMap<>();
    private final Map<Integer, String> expertsOfProvince = new HashMap<>();

    private ElectionPlanner(ElectionFile file, Divisions div, Problems problems) {
        this.file = file;
        this.div = div;
        this.problems = problems;
    }

    /** @return the plan, or null when problems were found (they are in {@code problems}) */
    static ElectionPlan plan(ElectionFile file, String sourceText, Divisions div, Problems problems) {
        var planner = new ElectionPlanner(file, div, problems);
        var overrides = planner.overrides();
        var groups = planner.cityGroups();
        var inListPr = planner.listPr(groups, overrides);
        if (file.cityCouncils()) planner.cityCouncils(groups, inListPr, overrides);
        if (file.villageCouncils()) planner.villageCouncils();
        planner.majlis();
        planner.experts();
        if (problems.any()) return null;
        return planner.ballotStyles(sourceText);
    }

    // ---- city councils: one per (county, council name); numbered urban zones join their city

    private Map<String, List<City>> cityGroups() {
        var groups = new TreeMap<String, List<City>>();
        for (var c : div.cities().values()) groups.computeIfAbsent(c.countyId() + "|" + c.councilKey(), k -> new ArrayList<>()).add(c);
        return groups;
    }

    private static City representative(List<City> group) {
        return group.stream().filter(c -> c.name().strip().equals(c.councilName()))
                .findFirst().orElse(group.getFirst());
    }

    private static String groupKey(City c) {
        return c.countyId() + "|" + c.councilKey();
    }

    private void cityCouncils(Map<String, List<City>> groups, Map<String, String> inListPr,
                              Map<Long, ElectionFile.PopulationOverride> overrides) {
        for (var entry : groups.entrySet()) {
            var group = entry.getValue();
            if (inListPr.containsKey(entry.getKey())) continue;
            var rep = representative(group);
            County county = div.counties().get(rep.countyId());
            var population = CityPopulation.of(rep.councilKey(), county, override(group, overrides));
            var size = file.citySeats().sizeFor(population.population());
            String id = "CITY-" + rep.id();
            String nameFa = "شورای اسلامی شهر " + rep.councilName();
            String nameEn = "City council of " + rep.councilName();
            add(new Constituency(id, ConstituencyKind.CITY_COUNCIL, nameFa, nameEn, rep.provinceId(), List.of(rep.countyId()), places(group)),
                    new CountingRule.BlockPlurality(size.seats(), size.alternates()), population.population(), population.source(),
                    file.residenceRule().requiredFor(population.population()));
            group.forEach(c -> cityCouncil.put(c.id(), id));
        }
    }

    private static ElectionFile.PopulationOverride override(List<City> group, Map<Long, ElectionFile.PopulationOverride> overrides) {
        return group.stream().map(c -> overrides.get(c.id())).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<Place> places(List<City> group) {
        return group.stream().map(c -> new Place(PlaceType.CITY, c.id(), c.name())).toList();
    }

    private Map<Long, ElectionFile.PopulationOverride> overrides() {
        var byCity = new HashMap<Long, ElectionFile.PopulationOverride>();
        var byGroup = new HashMap<String, String>();
        for (var o : file.populationOverrides()) {
            var city = city(o.city());
            if (city == null) continue;
            String earlier = byGroup.putIfAbsent(groupKey(city), o.path());
            if (earlier != null) problems.add(o.path() + ".city", "duplicate: the council of city \"" + o.city().id() + "\" already has an override at " + earlier);
            else byCity.put(city.id(), o);
        }
        return byCity;
    }

    // ---- Tehran's list-PR council: listed cities (with their zones) form one constituency

    private Map<String, String> listPr(Map<String, List<City>> groups, Map<Long, ElectionFile.PopulationOverride> overrides) {
        var inListPr = new HashMap<String, String>();
        var ids = new HashMap<String, String>();
        for (var pr : file.listPrCouncils()) {
            uniqueId("PR-" + pr.id(), pr.path() + ".id", ids);
            var members = new ArrayList<City>();
            long estimate = 0;
            var counties = new ArrayList<Long>();
            for (var ref : pr.cities()) {
                var city = city(ref);
                if (city == null) continue;
                String earlier = inListPr.putIfAbsent(groupKey(city), ref.path());
                if (earlier != null) { problems.add(ref.path(), "duplicate: city \"" + ref.id() + "\" is already in " + earlier); continue; }
                var group = groups.get(groupKey(city));
                members.addAll(group);
                if (!counties.contains(city.countyId())) counties.add(city.countyId());
                var p = CityPopulation.of(city.councilKey(), div.counties().get(city.countyId()), override(group, overrides));
                if (p.population() != null) estimate += p.population();
            }
            if (members.isEmpty()) continue;
            String id = "PR-" + pr.id();
            Long population = pr.population() != null ? pr.population() : estimate;
            String source = pr.population() != null ? "election-file:" + pr.populationNote() : LAW_FIXED + "; " + CityPopulation.COUNTY_ESTIMATE;
            add(new Constituency(id, ConstituencyKind.LIST_PR_COUNCIL, pr.nameFa(), pr.nameEn(), members.getFirst().provinceId(),
                            counties, places(members)),
                    new CountingRule.ListProportional(pr.size().seats(), pr.size().alternates()), population, source,
                    file.residenceRule().requiredFor(population));
            members.forEach(c -> cityCouncil.put(c.id(), id));
        }
        return inListPr;
    }

    // ---- village councils: one per village, 3 or 5 seats by its population

    private void villageCouncils() {
        for (Village v : div.villages()) {
            long population = v.population();
            var size = file.villageSeats().sizeFor(population);
            String id = "VILLAGE-" + v.id();
            add(new Constituency(id, ConstituencyKind.VILLAGE_COUNCIL, "شورای اسلامی روستای " + v.name(),
                            "Village council of " + v.name(), v.provinceId(), List.of(v.countyId()),
                            List.of(new Place(PlaceType.VILLAGE, v.id(), v.name()))),
                    // DOMAIN §7 states the OLD residence rule for cities only: villages have none here
                    new CountingRule.BlockPlurality(size.seats(), size.alternates()), population, v.populationSource(), false);
            villageCouncil.put(v.id(), id);
        }
    }

    // ---- by-elections: Majlis constituencies are sets of counties, Experts ones are provinces

    private void majlis() {
        var ids = new HashMap<String, String>();
        for (var m : file.majlis()) {
            String id = "MAJLIS-" + m.id();
            uniqueId(id, m.path() + ".id", ids);
            var counties = new ArrayList<Long>();
            Integer province = null;
            long population = 0;
            for (var ref : m.counties()) {
                if (ref.id() <= 0) continue;
                County county = div.counties().get(ref.id());
                if (county == null) { unknown(ref, "county"); continue; }
                String earlier = majlisOfCounty.putIfAbsent(county.id(), id);
                if (earlier != null) { problems.add(ref.path(), "duplicate: county \"" + ref.id() + "\" is already in " + earlier); continue; }
                if (province != null && province != county.provinceId()) problems.add(ref.path(), "county \"" + ref.id() + "\" is in another province than the others");
                province = province == null ? county.provinceId() : province;
                counties.add(county.id());
                population += county.censusPopulation() == null ? 0 : county.censusPopulation();
            }
            if (counties.isEmpty()) continue;
            add(new Constituency(id, ConstituencyKind.MAJLIS, m.nameFa(), m.nameEn(), province, counties, List.of()),
                    new CountingRule.SinglePlurality(m.seats()), population, COUNTY_TOTALS, false);
        }
    }

    private void experts() {
        for (var e : file.experts()) {
            long ref = e.province().id();
            var province = ref > 0 && ref < Integer.MAX_VALUE ? div.provinces().get((int) ref) : null;
            if (province == null) { if (ref > 0) unknown(e.province(), "province"); continue; }
            String id = "EXPERTS-" + province.id();
            String earlier = expertsOfProvince.putIfAbsent(province.id(), id);
            if (earlier != null) { problems.add(e.path() + ".province", "duplicate constituency: province \"" + ref + "\" already has an Experts by-election"); continue; }
            long population = div.counties().values().stream().filter(c -> c.provinceId() == province.id())
                    .mapToLong(c -> c.censusPopulation() == null ? 0 : c.censusPopulation()).sum();
            add(new Constituency(id, ConstituencyKind.EXPERTS, "میان‌دوره‌ای مجلس خبرگان رهبری، استان " + province.name(),
                            "Assembly of Experts by-election, province " + province.id() + " (" + province.name() + ")", province.id(), List.of(), List.of()),
                    new CountingRule.SinglePlurality(e.seats()), population, COUNTY_TOTALS, false);
        }
    }

    // ---- ballot styles: council + Majlis (if the county holds one) + Experts (if the province does)

    private ElectionPlan ballotStyles(String sourceText) {
        var styles = new LinkedHashMap<String, BallotStyle>();
        var placeStyles = new ArrayList<ElectionPlan.PlaceStyle>();
        for (var c : div.cities().values()) {
            String council = cityCouncil.get(c.id());
            if (council == null) continue;
            placeStyles.add(new ElectionPlan.PlaceStyle(PlaceType.CITY, c.id(), style(council, c.countyId(), c.provinceId(), styles)));
        }
        for (var v : div.villages()) {
            String council = villageCouncil.get(v.id());
            if (council == null) continue;
            placeStyles.add(new ElectionPlan.PlaceStyle(PlaceType.VILLAGE, v.id(), style(council, v.countyId(), v.provinceId(), styles)));
        }
        return new ElectionPlan(file, sourceText, constituencies, contests, List.copyOf(styles.values()), placeStyles);
    }

    private String style(String council, long countyId, int provinceId, Map<String, BallotStyle> styles) {
        var ids = new ArrayList<String>();
        ids.add(council);
        if (majlisOfCounty.containsKey(countyId)) ids.add(majlisOfCounty.get(countyId));
        if (expertsOfProvince.containsKey(provinceId)) ids.add(expertsOfProvince.get(provinceId));
        String id = BallotStyle.idOf(ids);
        styles.computeIfAbsent(id, k -> new BallotStyle(k, List.copyOf(ids)));
        return id;
    }

    // ---- helpers

    private void add(Constituency c, CountingRule rule, Long population, String source, boolean residence) {
        constituencies.add(c);
        Long county = c.countyIds().isEmpty() ? null : c.countyIds().getFirst();
        contests.add(new Contest(c.id(), c.kind(), c.nameFa(), c.nameEn(), c.provinceId(), county, rule, population, source, residence));
    }

    private City city(ElectionFile.Ref ref) {
        if (ref.id() <= 0) return null;
        var city = div.cities().get(ref.id());
        if (city == null) unknown(ref, "city");
        return city;
    }

    private void unknown(ElectionFile.Ref ref, String what) {
        problems.add(ref.path(), "unknown " + what + " \"" + ref.id() + "\"");
    }

    private void uniqueId(String id, String path, Map<String, String> seen) {
        String earlier = seen.putIfAbsent(id, path);
        if (earlier != null) problems.add(path, "duplicate constituency id \"" + id + "\" (first at " + earlier + ")");
    }
}
