package org.entekhabat.readiness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entekhabat.stations.ChecklistRollup;
import org.entekhabat.stations.DivisionNames;
import org.entekhabat.stations.StaffAssignment;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.Stations;
import org.entekhabat.training.CountyTraining;
import org.entekhabat.training.Role;
import org.entekhabat.training.Training;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Joins the station registry, the checklists and training into readiness per county. */
@Service
public class Readiness {

    private final Stations stations;
    private final Training training;
    private final DivisionNames names;
    private final int minCertified;

    Readiness(Stations stations, Training training, DivisionNames names,
              @Value("${entekhabat.readiness.min-certified-staff:1}") int minCertified) {
        this.stations = stations;
        this.training = training;
        this.names = names;
        this.minCertified = minCertified;
    }

    public int minCertifiedStaff() {
        return minCertified;
    }

    /** One row per county that has stations or trainees; nulls mean every province / county. */
    public List<CountyReadiness> counties(String provinceId, String countyId) {
        var stationList = stations.list(provinceId, countyId);
        var staff = new HashMap<String, List<StaffAssignment>>();
        for (var a : stations.staff(provinceId, countyId)) staff.computeIfAbsent(a.stationCode(), k -> new ArrayList<>()).add(a);
        var certified = training.certifiedRoles(staff.values().stream().flatMap(List::stream).map(StaffAssignment::username).toList());
        var rollup = new HashMap<String, ChecklistRollup.CountySummary>();
        stations.rollup(provinceId, countyId).counties().forEach(c -> rollup.put(c.countyId(), c));
        var trainingByCounty = new HashMap<String, CountyTraining>();
        training.countyStats(provinceId, countyId).forEach(t -> trainingByCounty.put(t.countyId(), t));

        var byCounty = new HashMap<String, List<Station>>();
        stationList.forEach(s -> byCounty.computeIfAbsent(s.countyId(), k -> new ArrayList<>()).add(s));
        var counties = new TreeSet<String>(byCounty.keySet());
        counties.addAll(trainingByCounty.keySet());

        var out = new ArrayList<CountyReadiness>();
        for (String county : counties) {
            var list = byCounty.getOrDefault(county, List.of());
            var flagged = list.stream().filter(s -> StaffingRule.flagged(staff.getOrDefault(s.code(), List.of()), certified, minCertified))
                    .map(Station::code).toList();
            var summary = rollup.get(county);
            var t = trainingByCounty.get(county);
            out.add(new CountyReadiness(county.substring(0, 3), county, names.county(county), list.size(),
                    summary == null ? 0 : summary.complete(), summary == null ? 0 : summary.openDeficiencies(),
                    flagged, t == null ? 0 : t.trainees(), t == null ? Map.of() : Map.copyOf(t.byRole())));
        }
        return out;
    }

    /** Per-province totals of the county rows (for the national view). */
    public List<CountyReadiness> provinces() {
        var byProvince = new java.util.TreeMap<String, List<CountyReadiness>>();
        counties(null, null).forEach(c -> byProvince.computeIfAbsent(c.provinceId(), k -> new ArrayList<>()).add(c));
        var out = new ArrayList<CountyReadiness>();
        byProvince.forEach((p, rows) -> out.add(sum(p, names.province(p), rows)));
        return out;
    }

    static CountyReadiness sum(String provinceId, String name, List<CountyReadiness> rows) {
        var training = new EnumMap<Role, CountyTraining.RoleCounts>(Role.class);
        var flagged = new ArrayList<String>();
        int stations = 0, complete = 0, open = 0, trainees = 0;
        for (var r : rows) {
            stations += r.stations();
            complete += r.checklistsComplete();
            open += r.openDeficiencies();
            trainees += r.trainees();
            flagged.addAll(r.flaggedStations());
            r.training().forEach((role, c) -> training.merge(role, c,
                    (a, b) -> new CountyTraining.RoleCounts(a.trained() + b.trained(), a.passed() + b.passed())));
        }
        return new CountyReadiness(provinceId, "", name, stations, complete, open, flagged, trainees, training);
    }
}
