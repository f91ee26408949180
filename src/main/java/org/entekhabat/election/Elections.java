package org.entekhabat.election;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.election.internal.ElectionLoader;
import org.entekhabat.election.internal.ElectionStore;
import org.entekhabat.platform.DomainException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The current election: its contests by county or province, constituency details, and the ballot
 * style a voter at a city or village receives. Loading replaces an election of the same id.
 */
@Service
public class Elections {

    /** The 1405 demo definition on the classpath. */
    public static final String DEMO_FILE = "elections/1405.yaml";

    private final ElectionLoader loader;
    private final ElectionStore store;

    Elections(ElectionLoader loader, ElectionStore store) {
        this.loader = loader;
        this.store = store;
    }

    public ElectionCheck validate(String yaml, String source) {
        return loader.check(yaml, source);
    }

    /** @throws DomainException "election-file.invalid" with every located error; nothing is loaded then */
    public ElectionCheck load(String yaml, String source, String actor) {
        return loader.load(yaml, source, actor);
    }

    /** Loads the demo election unless an election of its id exists. @return true when it loaded */
    public boolean loadDemoIfAbsent() {
        String yaml = classpath(DEMO_FILE);
        var check = loader.check(yaml, DEMO_FILE);
        if (check.valid() && store.exists(check.electionId())) return false;
        loader.load(yaml, DEMO_FILE, "system");
        return true;
    }

    public Optional<ElectionInfo> current() {
        return store.current();
    }

    public ElectionInfo requireCurrent() {
        return current().orElseThrow(() -> DomainException.notFound("election.none",
                "هنوز انتخاباتی تعریف نشده است", "No election is loaded yet"));
    }

    public List<Contest> contests() {
        return store.contests(requireCurrent().id());
    }

    public List<Contest> contestsOfCounty(long countyId, int provinceId) {
        return store.contestsOfCounty(requireCurrent().id(), countyId, provinceId);
    }

    public List<Contest> contestsOfProvince(int provinceId) {
        return store.contestsOfProvince(requireCurrent().id(), provinceId);
    }

    public Contest contest(String constituencyId) {
        return store.contest(requireCurrent().id(), constituencyId).orElseThrow(() -> unknown(constituencyId));
    }

    public Constituency constituency(String id) {
        return store.constituency(requireCurrent().id(), id).orElseThrow(() -> unknown(id));
    }

    /** The ballot styles that carry a contest, with the number of places that use each. */
    public Map<BallotStyle, Integer> ballotStylesWith(String contestId) {
        return store.ballotStylesWith(requireCurrent().id(), contestId);
    }

    public BallotStyle ballotStyleFor(PlaceType placeType, long placeId) {
        return store.ballotStyleFor(requireCurrent().id(), placeType, placeId).orElseThrow(() -> DomainException.notFound(
                "election.place-unknown", "برای این محل برگه رأیی تعریف نشده است: " + placeId,
                "No ballot style for " + placeType.name().toLowerCase() + " " + placeId));
    }

    private static DomainException unknown(String id) {
        return DomainException.notFound("election.constituency-unknown",
                "حوزه انتخابیه‌ای با این شناسه یافت نشد: " + id, "No constituency with id " + id);
    }

    private static String classpath(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
