package org.entekhabat.stations.internal;

import java.util.Optional;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionLevel;
import org.entekhabat.identity.JurisdictionParents;
import org.entekhabat.stations.StationAccess;
import org.springframework.stereotype.Component;

/** Tells identity where a station lies: {@code STATION:<code>} is in {@code COUNTY:<its county id>}. */
@Component
class StationParents implements JurisdictionParents {

    private final StationRepository repo;

    StationParents(StationRepository repo) {
        this.repo = repo;
    }

    @Override
    public Optional<Jurisdiction> parentOf(Jurisdiction jurisdiction) {
        if (jurisdiction.level() != JurisdictionLevel.STATION) return Optional.empty();
        return repo.countyOf(jurisdiction.code()).flatMap(StationAccess::county);
    }
}
