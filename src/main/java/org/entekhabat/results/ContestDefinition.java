package org.entekhabat.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the results module needs to know of a contest (حوزه انتخابیه): where it is, how many main
 * members and alternates (علی‌البدل) it elects, how its seats are counted, its candidates with the
 * facts the tie rule asks for, its Tehran lists, and the public lot seed once the board has drawn it.
 *
 * @param countyId   the county of the contest, or "" when it spans several (Majlis, Experts by-elections)
 * @param candidates the final candidates (codes shown when a candidate is missing)
 * @param lists      Tehran list code → title (empty outside list-PR contests)
 * @param lotSeed    the committed lot seed (hex), or null before the board draws
 */
public record ContestDefinition(String contestId, String constituencyName, String countyId, String provinceId,
                                int seats, int alternates, CountingMethod method, List<CandidateInfo> candidates,
                                Map<String, String> lists, String lotSeed) {

    /**
     * A candidate as the counting rule needs one. {@code degree} is a {@code tally.Degree} name
     * (NONE when unknown); {@code listCode} the Tehran list, or null for an individual.
     */
    public record CandidateInfo(String code, String name, boolean veteran, String degree, String listCode) {
        public CandidateInfo {
            Objects.requireNonNull(code);
            name = name == null || name.isBlank() ? code : name;
            degree = degree == null || degree.isBlank() ? "NONE" : degree;
            listCode = listCode == null || listCode.isBlank() ? null : listCode;
        }
    }

    public ContestDefinition {
        Objects.requireNonNull(contestId);
        Objects.requireNonNull(method);
        if (seats < 1 || alternates < 0) throw new IllegalArgumentException("seats must be >= 1, alternates >= 0");
        countyId = countyId == null ? "" : countyId;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        lists = lists == null ? Map.of() : Map.copyOf(lists);
    }

    /** A contest with candidate names only (no tie facts, no lists, no lot yet). */
    public ContestDefinition(String contestId, String constituencyName, String countyId, String provinceId,
                             int seats, int alternates, CountingMethod method, Map<String, String> candidateNames) {
        this(contestId, constituencyName, countyId, provinceId, seats, alternates, method,
                (candidateNames == null ? Map.<String, String>of() : candidateNames).entrySet().stream()
                        .map(e -> new CandidateInfo(e.getKey(), e.getValue(), false, "NONE", null)).toList(), Map.of(), null);
    }

    public ContestDefinition withLotSeed(String seedHex) {
        return new ContestDefinition(contestId, constituencyName, countyId, provinceId, seats, alternates, method, candidates, lists, seedHex);
    }

    public Map<String, String> candidateNames() {
        var names = new LinkedHashMap<String, String>();
        candidates.forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    public String nameOf(String candidateCode) {
        return candidates.stream().filter(c -> c.code().equals(candidateCode)).map(CandidateInfo::name).findFirst().orElse(candidateCode);
    }

    public String listTitle(String listCode) {
        return lists.getOrDefault(listCode, listCode);
    }
}
