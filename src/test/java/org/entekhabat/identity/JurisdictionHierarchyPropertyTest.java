package org.entekhabat.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random trees of provinces, counties, constituencies and stations (the last two contributed the
 * way other modules will): a jurisdiction covers itself and all its descendants, and nothing of a
 * sibling's.
 */
class JurisdictionHierarchyPropertyTest {

    record Tree(List<Jurisdiction> nodes, Map<Jurisdiction, Jurisdiction> parent) {}

    @Test
    void coversItselfAndItsDescendantsNeverASiblings() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            Tree tree = randomTree(random);
            JurisdictionParents contributed = j -> Optional.ofNullable(
                    j.level().ordinal() >= JurisdictionLevel.CONSTITUENCY.ordinal() ? tree.parent().get(j) : null);
            var hierarchy = new JurisdictionHierarchy(List.of(contributed));
            for (int k = 0; k < 50; k++) {
                Jurisdiction a = tree.nodes().get(random.nextInt(tree.nodes().size()));
                Jurisdiction b = tree.nodes().get(random.nextInt(tree.nodes().size()));
                boolean expected = ancestorsOf(b, tree).contains(a);
                assertThat(hierarchy.covers(a, b)).as("seed %d: covers(%s, %s)", seed, a, b).isEqualTo(expected);
                assertThat(hierarchy.covers(a, a)).as("seed %d: %s covers itself", seed, a).isTrue();
                assertThat(hierarchy.covers(Jurisdiction.NATION, b)).as("seed %d", seed).isTrue();
                if (!a.equals(b) && hierarchy.covers(a, b)) {
                    assertThat(hierarchy.covers(b, a)).as("seed %d: antisymmetry %s %s", seed, a, b).isFalse();
                }
                Jurisdiction pa = tree.parent().get(a);
                if (pa != null) {
                    for (Jurisdiction sibling : childrenOf(pa, tree)) {
                        if (sibling.equals(a)) continue;
                        assertThat(hierarchy.covers(a, sibling)).as("seed %d: %s vs sibling %s", seed, a, sibling).isFalse();
                        for (Jurisdiction d : childrenOf(sibling, tree)) {
                            assertThat(hierarchy.covers(a, d)).as("seed %d: %s vs nephew %s", seed, a, d).isFalse();
                        }
                    }
                }
            }
        }
    }

    private static List<Jurisdiction> ancestorsOf(Jurisdiction j, Tree tree) {
        var out = new ArrayList<Jurisdiction>();
        for (Jurisdiction x = j; x != null; x = tree.parent().get(x)) out.add(x);
        return out;
    }

    private static List<Jurisdiction> childrenOf(Jurisdiction j, Tree tree) {
        return tree.parent().entrySet().stream().filter(e -> e.getValue().equals(j)).map(Map.Entry::getKey).toList();
    }

    private static Tree randomTree(Random random) {
        var nodes = new ArrayList<Jurisdiction>(List.of(Jurisdiction.NATION));
        var parent = new HashMap<Jurisdiction, Jurisdiction>();
        int provinces = 1 + random.nextInt(4);
        var used = new java.util.HashSet<Integer>();
        for (int p = 0; p < provinces; p++) {
            int id;
            do { id = 100 + random.nextInt(31); } while (!used.add(id));
            var province = Jurisdiction.province(Integer.toString(id));
            add(nodes, parent, province, Jurisdiction.NATION);
            int counties = 1 + random.nextInt(4);
            for (int c = 1; c <= counties; c++) {
                var county = Jurisdiction.county(id + "000" + (c + random.nextInt(3) * 10));
                if (parent.containsKey(county)) continue;
                add(nodes, parent, county, province);
                int constituencies = random.nextInt(3);
                for (int k = 0; k < constituencies; k++) {
                    var constituency = Jurisdiction.constituency(county.code() + "-C" + k);
                    add(nodes, parent, constituency, county);
                    int stations = random.nextInt(3);
                    for (int s = 0; s < stations; s++) {
                        add(nodes, parent, Jurisdiction.station(constituency.code() + "-S" + s), constituency);
                    }
                }
            }
        }
        return new Tree(nodes, parent);
    }

    private static void add(List<Jurisdiction> nodes, Map<Jurisdiction, Jurisdiction> parent, Jurisdiction j, Jurisdiction p) {
        nodes.add(j);
        parent.put(j, p);
    }
}
