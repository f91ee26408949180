package org.entekhabat.packaging;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.election.Contest;
import org.entekhabat.election.Elections;
import org.entekhabat.election.PlaceType;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageBuilder;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.Stations;
import org.entekhabat.vetting.FinalList;
import org.entekhabat.vetting.FinalLists;
import org.springframework.stereotype.Component;

/**
 * A station's package built on demand: the station (registry) → its place's ballot style (election) →
 * per contest the published final list (vetting). Refuses, saying which, when the station is unknown or
 * a contest has no published final list: a ballot is never served with a partial candidate list.
 */
@Component
class ElectionStationPackages implements StationPackageBuilder {

    private final Stations stations;
    private final Elections elections;
    private final FinalLists finalLists;

    ElectionStationPackages(Stations stations, Elections elections, FinalLists finalLists) {
        this.stations = stations;
        this.elections = elections;
        this.finalLists = finalLists;
    }

    @Override
    public StationPackage build(String stationCode) {
        Station station = stations.find(stationCode).orElseThrow(() -> DomainException.notFound("station-package.unknown-station",
                "شعبه‌ای با کد " + stationCode + " ثبت نشده است؛ بسته‌ای برای آن نیست.",
                "No station " + stationCode + " is registered, so it has no package."));
        var election = elections.requireCurrent();
        var style = elections.ballotStyleFor(PlaceType.valueOf(station.placeType().name()), placeId(station));
        var contests = new ArrayList<Contest>();
        var unpublished = new ArrayList<String>();
        for (String id : style.contestIds()) {
            contests.add(elections.contest(id));
            if (!finalLists.published(id)) unpublished.add(id);
        }
        if (!unpublished.isEmpty()) {
            String which = String.join(", ", unpublished);
            throw DomainException.notFound("station-package.no-final-list",
                    "فهرست نهایی نامزدهای این حوزه‌ها هنوز اعلام نشده است: " + which,
                    "Station " + stationCode + ": no published final list yet for " + which);
        }
        List<StationPackage.Contest> onBallot = contests.stream()
                .map(c -> PackageAssembly.contest(c, finalLists.find(c.id()).map(FinalList.class::cast).orElseThrow())).toList();
        long population = contests.stream().filter(c -> !PackageAssembly.kind(c.kind()).equals(StationPackage.ContestKind.MAJLIS_BY_ELECTION)
                        && !PackageAssembly.kind(c.kind()).equals(StationPackage.ContestKind.EXPERTS_BY_ELECTION))
                .map(Contest::population).filter(java.util.Objects::nonNull).findFirst().orElse(0L);
        var p = new StationPackage(election.id(), election.electionDay().toLocalDate(), station.code(), station.name(),
                station.provinceId(), station.countyId(), population, PackageAssembly.styles(onBallot));
        var problems = p.problems();
        if (!problems.isEmpty()) throw new IllegalStateException("built package of " + stationCode + " is not valid: " + problems);
        return p;
    }

    @Override
    public List<StationPackageSource.StationPlace> places() {
        return stations.list(null, null).stream()
                .map(s -> new StationPackageSource.StationPlace(s.code(), s.name(), s.countyId(), s.provinceId())).toList();
    }

    private static long placeId(Station s) {
        try {
            return Long.parseLong(s.placeId());
        } catch (NumberFormatException e) {
            throw DomainException.notFound("station-package.place", "محل شعبه شناسهٔ عددی ندارد: " + s.placeId(),
                    "The station's place id is not numeric: " + s.placeId());
        }
    }
}
