package org.entekhabat.candidacy.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.candidacy.ConstituencyDirectory;
import org.entekhabat.candidacy.CouncilType;
import org.entekhabat.election.Contest;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.Geography;
import org.entekhabat.geography.Province;
import org.entekhabat.geography.Village;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * The constituencies of the loaded election as candidacy sees them: council type, the population that
 * set the seats (and decides the city education level), households of a village (geography; they decide
 * the village education level, Art. 37(z)), and the Tehran list flag. No election loaded: no constituency.
 */
@Component
class ElectionConstituencies implements ConstituencyDirectory {

    /** Constituency facts change only when an election file is loaded: a short cache spares each registration ~8 queries. */
    private static final long TTL_NANOS = 30_000_000_000L;

    private record Cached(long at, Optional<Constituency> value) {}

    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Elections elections;
    private final Geography geography;

    ElectionConstituencies(Elections elections, Geography geography) {
        this.elections = elections;
        this.geography = geography;
    }

    @Override
    public Optional<Constituency> find(String id) {
        long now = System.nanoTime();
        var hit = cache.get(id);
        if (hit != null && now - hit.at() < TTL_NANOS) return hit.value();
        Optional<Constituency> found;
        try {
            found = Optional.of(map(elections.contest(id), this::households));
        } catch (DomainException unknown) { // no election loaded, or no such constituency
            found = Optional.empty();
        }
        if (found.isPresent()) { // never cache "unknown": the election may be loaded a moment later
            if (cache.size() > 10_000) cache.clear();
            cache.put(id, new Cached(now, found));
        }
        return found;
    }

    @Override
    public List<Constituency> all() {
        if (elections.current().isEmpty()) return List.of();
        Map<Long, Integer> households = geography.allVillages().stream()
                .collect(Collectors.toMap(Village::id, Village::households, (a, b) -> a));
        return elections.contests().stream().map(c -> map(c, v -> households.getOrDefault(v, 0))).toList();
    }

    @Override
    public List<Constituency> inCounty(long countyId) {
        if (elections.current().isEmpty()) return List.of();
        var county = geography.county(countyId).orElse(null);
        if (county == null) return List.of();
        return elections.contestsOfCounty(countyId, county.provinceId()).stream().map(c -> map(c, this::households)).toList();
    }

    @Override
    public List<County> counties() {
        Map<Integer, String> provinces = geography.provinces().stream().collect(Collectors.toMap(Province::id, Province::name));
        return geography.allCounties().stream()
                .map(c -> new County(c.id(), c.provinceId(), c.name(), provinces.getOrDefault(c.provinceId(), "")))
                .toList();
    }

    private long households(long villageId) {
        return geography.village(villageId).map(Village::households).orElse(0);
    }

    static Constituency map(Contest c, LongUnaryOperator householdsOfVillage) {
        long population = c.population() == null ? 0 : c.population();
        long county = c.countyId() == null ? 0 : c.countyId();
        return switch (c.kind()) {
            case CITY_COUNCIL -> new Constituency(c.id(), c.nameFa(), CouncilType.CITY, population, 0, false, c.provinceId(), county);
            case LIST_PR_COUNCIL -> new Constituency(c.id(), c.nameFa(), CouncilType.CITY, population, 0, true, c.provinceId(), county);
            case VILLAGE_COUNCIL -> new Constituency(c.id(), c.nameFa(), CouncilType.VILLAGE, population,
                    householdsOfVillage.applyAsLong(villageId(c.id())), false, c.provinceId(), county);
            case MAJLIS -> new Constituency(c.id(), c.nameFa(), CouncilType.MAJLIS, population, 0, false, c.provinceId(), county);
            case EXPERTS -> new Constituency(c.id(), c.nameFa(), CouncilType.EXPERTS, population, 0, false, c.provinceId(), 0);
        };
    }

    /** VILLAGE-&lt;village id&gt; (election planner's id scheme). */
    private static long villageId(String constituencyId) {
        try {
            return Long.parseLong(constituencyId.substring(constituencyId.indexOf('-') + 1));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
