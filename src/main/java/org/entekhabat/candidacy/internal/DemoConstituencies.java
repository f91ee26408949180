package org.entekhabat.candidacy.internal;

import java.util.List;
import java.util.Optional;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.candidacy.ConstituencyDirectory;
import org.entekhabat.candidacy.CouncilType;
import org.springframework.stereotype.Component;

/**
 * DEMO constituencies, one of each education band, until the lead backs {@link ConstituencyDirectory}
 * with the geography module. Populations are illustrative, not official.
 */
@Component
class DemoConstituencies implements ConstituencyDirectory {

    static final List<Constituency> ALL = List.of(
            new Constituency("demo-tehran", "تهران، ری و تجریش (نمونه)", CouncilType.CITY, 9_000_000, 2_900_000, true),
            new Constituency("demo-city-large", "شهر نمونهٔ بزرگ", CouncilType.CITY, 85_000, 25_000, false),
            new Constituency("demo-city-small", "شهر نمونهٔ کوچک", CouncilType.CITY, 18_000, 5_200, false),
            new Constituency("demo-village-large", "روستای نمونهٔ بزرگ", CouncilType.VILLAGE, 1_600, 420, false),
            new Constituency("demo-village-small", "روستای نمونهٔ کوچک", CouncilType.VILLAGE, 600, 150, false));

    @Override
    public Optional<Constituency> find(String id) {
        return ALL.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<Constituency> all() {
        return ALL;
    }
}
