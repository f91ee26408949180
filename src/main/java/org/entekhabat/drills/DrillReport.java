package org.entekhabat.drills;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A drill's report: the run and every station, and per county what failed and where. */
public record DrillReport(DrillRun run, List<StationResult> stations) {

    public DrillReport {
        stations = List.copyOf(stations);
    }

    /** Per county: stations, outcomes, ballots, paper, and the slowest steps. */
    public record CountySummary(String countyId, String provinceId, int stations, int ok, int withProblems, int failed,
                                int reportsAccepted, long voters, long electronic, long paper, long refused,
                                int stationsOnPaper, int paperCollisions, long avgAuthMsPerVoter, long avgVoteMsPerVoter,
                                long maxReportMs, List<String> problemStations) {}

    public List<CountySummary> counties() {
        var byCounty = new LinkedHashMap<String, List<StationResult>>();
        stations.stream().sorted(java.util.Comparator.comparing(StationResult::countyId).thenComparing(StationResult::stationCode))
                .forEach(s -> byCounty.computeIfAbsent(s.countyId(), k -> new ArrayList<>()).add(s));
        var out = new ArrayList<CountySummary>();
        byCounty.forEach((county, list) -> {
            long voters = list.stream().mapToLong(StationResult::voters).sum();
            long cast = list.stream().mapToLong(s -> s.electronic() + s.paper()).sum();
            long electronic = list.stream().mapToLong(StationResult::electronic).sum();
            out.add(new CountySummary(county, list.getFirst().provinceId(), list.size(),
                    count(list, "OK"), count(list, "PROBLEMS"), count(list, "FAILED"),
                    (int) list.stream().filter(StationResult::reportAccepted).count(),
                    voters, electronic, list.stream().mapToLong(StationResult::paper).sum(),
                    list.stream().mapToLong(StationResult::refused).sum(),
                    (int) list.stream().filter(StationResult::usedPaper).count(),
                    list.stream().mapToInt(StationResult::paperCollisions).sum(),
                    cast == 0 ? 0 : list.stream().mapToLong(StationResult::authMs).sum() / Math.max(1, voters),
                    electronic == 0 ? 0 : list.stream().mapToLong(StationResult::voteMs).sum() / electronic,
                    list.stream().mapToLong(StationResult::reportMs).max().orElse(0),
                    list.stream().filter(s -> !"OK".equals(s.outcome())).map(StationResult::stationCode).toList()));
        });
        return out;
    }

    /** The report as JSON has it: the run, totals, counties, then stations. */
    public java.util.Map<String, Object> json() {
        var m = new LinkedHashMap<String, Object>();
        m.put("run", run);
        var totals = new LinkedHashMap<String, Object>();
        totals.put("stations", stations.size());
        totals.put("reportsAccepted", reportsAccepted());
        totals.put("voters", voters());
        totals.put("ballots", ballots());
        totals.put("votersPerMinute", run.votersPerMinute(voters()));
        totals.put("claimsPerSecond", run.daySeconds() == null || run.daySeconds() <= 0 ? 0 : run.claims() / run.daySeconds());
        totals.put("reportsPerSecond", run.reportsSeconds() == null || run.reportsSeconds() <= 0 ? 0 : run.reportsAccepted() / run.reportsSeconds());
        m.put("totals", totals);
        m.put("counties", counties());
        m.put("stations", stations);
        return m;
    }

    public long voters() {
        return stations.stream().mapToLong(StationResult::voters).sum();
    }

    public long ballots() {
        return stations.stream().mapToLong(s -> s.electronic() + s.paper()).sum();
    }

    public int reportsAccepted() {
        return (int) stations.stream().filter(StationResult::reportAccepted).count();
    }

    private static int count(List<StationResult> list, String outcome) {
        return (int) list.stream().filter(s -> outcome.equals(s.outcome())).count();
    }
}
