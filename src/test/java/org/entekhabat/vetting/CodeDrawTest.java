package org.entekhabat.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

class CodeDrawTest {

    private static final long SEED = Long.getLong("test.seed", System.nanoTime());

    @Test
    void theDrawIsAReproduciblePermutation() {
        var ids = List.of("C", "A", "E", "B", "D");
        var r = CodeDraw.draw("TEH", ids, "public-seed-1404-12-10", 10);
        assertThat(r.sortedIds()).containsExactly("A", "B", "C", "D", "E");
        assertThat(r.codes().values()).containsExactly(10, 11, 12, 13, 14);
        assertThat(r.codes().keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(r.reproducible()).isTrue();
        // input order does not matter: the ids are sorted first
        assertThat(CodeDraw.draw("TEH", List.of("E", "D", "C", "B", "A"), "public-seed-1404-12-10", 10).codes()).isEqualTo(r.codes());
    }

    @Test
    void aGoldenDrawNeverChanges() {
        // pinned so any change to the algorithm is noticed: the published method must stay the same
        var r = CodeDraw.draw("X", List.of("a", "b", "c", "d"), "seed", 1);
        assertThat(r.codes()).containsExactly(Map.entry("b", 1), Map.entry("a", 2), Map.entry("d", 3), Map.entry("c", 4));
    }

    @Test
    void aTamperedRecordIsNotReproducible() {
        var r = CodeDraw.draw("X", List.of("a", "b", "c"), "s", 1);
        var swapped = new java.util.LinkedHashMap<String, Integer>();
        var keys = new ArrayList<>(r.codes().keySet());
        swapped.put(keys.get(1), 1);
        swapped.put(keys.get(0), 2);
        swapped.put(keys.get(2), 3);
        assertThat(new CodeDraw.Result("X", r.sortedIds(), "s", 1, swapped).reproducible()).isFalse();
    }

    @Test
    void eachPositionIsRoughlyEquallyLikely() {
        var rnd = new Random(SEED);
        var counts = new HashMap<String, Integer>();
        int runs = 6_000;
        for (int i = 0; i < runs; i++) {
            var r = CodeDraw.draw("X", List.of("a", "b", "c"), "s" + rnd.nextLong(), 1);
            counts.merge(String.join("", r.codes().keySet()), 1, Integer::sum);
        }
        assertThat(counts).as("seed %d", SEED).hasSize(6);
        counts.values().forEach(n -> assertThat(n).as("seed %d %s", SEED, counts).isBetween(800, 1_200));
    }

    @Test
    void refusesDuplicatesAndMissingSeeds() {
        assertThatThrownBy(() -> CodeDraw.draw("X", List.of("a", "a"), "s", 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CodeDraw.draw("X", List.of("a"), " ", 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void tehranListsFollowDomain5() {
        Set<String> approved = Set.copyOf(IntStream.rangeClosed(1, 10).mapToObj(i -> "c" + i).toList());
        var lists = TehranLists.of(approved, 2, 4)
                .register(new CandidateList("امید", "rep1", List.of("c1", "c2", "c3")))
                .register(new CandidateList("اصولگرا", "rep2", List.of("c4", "c5")));
        assertThat(lists.individuals()).containsExactlyInAnyOrder("c6", "c7", "c8", "c9", "c10");
        refusedList(lists, new CandidateList("دیگر", "rep3", List.of("c1", "c6")), "tehran-list.already-listed");
        refusedList(lists, new CandidateList("دیگر", "rep3", List.of("c6", "x")), "tehran-list.not-approved");
        refusedList(lists, new CandidateList("دیگر", "rep3", List.of("c6")), "tehran-list.size");
        refusedList(lists, new CandidateList("دیگر", "rep3", List.of("c6", "c7", "c8", "c9", "c10")), "tehran-list.size");
        refusedList(lists, new CandidateList("امید", "rep3", List.of("c6", "c7")), "tehran-list.title-taken");
        refusedList(lists, new CandidateList("دیگر", "", List.of("c6", "c7")), "tehran-list.representative");
        refusedList(lists, new CandidateList("دیگر", "rep3", List.of("c6", "c6")), "tehran-list.duplicate-member");

        var candidateCodes = CodeDraw.draw("TEH", approved, "seed", 100);
        var listCodes = lists.drawListCodes("TEH", "seed-lists", 500, candidateCodes);
        assertThat(listCodes.codes()).containsOnlyKeys("امید", "اصولگرا");
        assertThatThrownBy(() -> lists.drawListCodes("TEH", "s", 105, candidateCodes)).isInstanceOf(DomainException.class);
    }

    private static void refusedList(TehranLists lists, CandidateList list, String code) {
        assertThatThrownBy(() -> lists.register(list)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }
}
