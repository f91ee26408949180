package org.entekhabat.polling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a station node needs to run election day, like VxSuite's election package: the
 * election, the day, the station and where it is, and per ballot style the contests with their
 * candidates (code, name, photo) and, in Tehran, the lists. Central serves it
 * ({@code GET /station-api/package?station=CODE}); the node keeps a copy in its directory.
 * No voter data. JSON with {@link StationPackageJson}.
 *
 * @param constituencyPopulation the population of the city or village (the OLD residence rule of
 *                               DOMAIN §7 applies below 100,000); 0 when unknown
 */
public record StationPackage(String electionId, LocalDate electionDay, String stationCode, String stationName,
                             String provinceId, String countyId, long constituencyPopulation,
                             List<BallotStyle> ballotStyles) {

    /** The kinds of contest a station may serve (DOMAIN §6: councils and the same-day by-elections). */
    public enum ContestKind { CITY_COUNCIL, VILLAGE_COUNCIL, MAJLIS_BY_ELECTION, EXPERTS_BY_ELECTION }

    /** A ballot style: the contests one voter votes in (ids unique within the package). */
    public record BallotStyle(String id, List<Contest> contests) {
        public BallotStyle {
            contests = List.copyOf(contests);
        }

        public List<String> contestIds() {
            return contests.stream().map(Contest::id).toList();
        }
    }

    /**
     * A contest on the ballot: at most {@code maxChoices} candidates (a list code counts as each of its
     * members not already chosen); {@code listPr} for Tehran's list count (DOMAIN §5).
     */
    public record Contest(String id, String nameFa, String nameEn, ContestKind kind, int maxChoices, boolean listPr,
                          List<Candidate> candidates, List<CandidateList> lists) {
        public Contest {
            candidates = List.copyOf(candidates);
            lists = lists == null ? List.of() : List.copyOf(lists);
        }

        public Optional<Candidate> candidate(String code) {
            return candidates.stream().filter(c -> c.code().equals(code)).findFirst();
        }

        public Optional<CandidateList> list(String code) {
            return lists.stream().filter(l -> l.code().equals(code)).findFirst();
        }

        /** The list a candidate runs on, or null for an individual. */
        public String listOf(String candidateCode) {
            return lists.stream().filter(l -> l.memberCodes().contains(candidateCode)).map(CandidateList::code)
                    .findFirst().orElse(null);
        }

        public boolean byElection() {
            return kind == ContestKind.MAJLIS_BY_ELECTION || kind == ContestKind.EXPERTS_BY_ELECTION;
        }
    }

    /** A candidate on the ballot; {@code photo} is a data URL ({@code data:image/...}) or null. */
    public record Candidate(String code, String name, String photo) {}

    /** A Tehran list: its code, title and the codes of its members, in list order. */
    public record CandidateList(String code, String title, List<String> memberCodes) {
        public CandidateList {
            memberCodes = List.copyOf(memberCodes);
        }
    }

    public StationPackage {
        ballotStyles = List.copyOf(ballotStyles);
    }

    public Optional<BallotStyle> style(String id) {
        return ballotStyles.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Every contest of the package once, in first-seen order. */
    public List<Contest> contests() {
        var byId = new LinkedHashMap<String, Contest>();
        for (var s : ballotStyles) for (var c : s.contests()) byId.putIfAbsent(c.id(), c);
        return List.copyOf(byId.values());
    }

    /** The style whose contests are exactly these, if the package has one. */
    public Optional<BallotStyle> styleFor(java.util.Set<String> contestIds) {
        return ballotStyles.stream().filter(s -> new HashSet<>(s.contestIds()).equals(contestIds)).findFirst();
    }

    /** Everything wrong with the package, in English; empty when it can be used. */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        requireCode(problems, electionId, "election id");
        requireCode(problems, stationCode, "station code");
        if (electionDay == null) problems.add("election day is missing");
        if (ballotStyles.isEmpty()) problems.add("no ballot style");
        var styleIds = new HashSet<String>();
        var seen = new HashMap<String, Contest>();
        for (var s : ballotStyles) {
            requireCode(problems, s.id(), "ballot style id");
            if (!styleIds.add(s.id())) problems.add("ballot style " + s.id() + " twice");
            if (s.contests().isEmpty()) problems.add("ballot style " + s.id() + " has no contest");
            for (var c : s.contests()) {
                var earlier = seen.putIfAbsent(c.id(), c);
                if (earlier != null && !earlier.equals(c)) problems.add("contest " + c.id() + " differs between ballot styles");
                if (earlier == null) problems.addAll(contestProblems(c));
            }
        }
        return problems;
    }

    private static List<String> contestProblems(Contest c) {
        var problems = new ArrayList<String>();
        requireCode(problems, c.id(), "contest id");
        if (c.nameFa() == null || c.nameFa().isBlank()) problems.add("contest " + c.id() + " has no Persian name");
        if (c.kind() == null) problems.add("contest " + c.id() + " has no kind");
        if (c.maxChoices() < 1 || c.maxChoices() > 255) problems.add("contest " + c.id() + ": max choices must be 1..255");
        if (!c.listPr() && !c.lists().isEmpty()) problems.add("contest " + c.id() + " has lists but is not list-PR");
        var codes = new HashSet<String>();
        for (var k : c.candidates()) {
            requireCode(problems, k.code(), "candidate code");
            if (!codes.add(k.code())) problems.add("contest " + c.id() + ": code " + k.code() + " twice");
            if (k.name() == null || k.name().isBlank()) problems.add("candidate " + k.code() + " has no name");
            if (k.photo() != null && !k.photo().startsWith("data:image/")) problems.add("candidate " + k.code() + ": photo is not a data URL");
        }
        var members = new HashSet<String>();
        for (var l : c.lists()) {
            requireCode(problems, l.code(), "list code");
            if (!codes.add(l.code())) problems.add("contest " + c.id() + ": code " + l.code() + " twice (lists and candidates share codes)");
            for (var m : l.memberCodes()) {
                if (c.candidate(m).isEmpty()) problems.add("list " + l.code() + " names unknown candidate " + m);
                if (!members.add(m)) problems.add("candidate " + m + " is on two lists");
            }
        }
        return problems;
    }

    private static void requireCode(List<String> problems, String code, String what) {
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,64}")) problems.add(what + " must be 1-64 Latin letters, digits, '.', '_' or '-': " + code);
    }

    /** This package for another station (demo and drills: one fixture, many stations). */
    public StationPackage forStation(String otherStation, String otherElection) {
        return new StationPackage(Objects.requireNonNullElse(otherElection, electionId), electionDay, otherStation,
                stationName, provinceId, countyId, constituencyPopulation, ballotStyles);
    }

    /** Contest → contest, for lookups. */
    public Map<String, Contest> contestsById() {
        var m = new LinkedHashMap<String, Contest>();
        contests().forEach(c -> m.put(c.id(), c));
        return m;
    }
}
