package org.entekhabat.identity;

import java.util.List;
import java.util.Optional;

/**
 * Containment of jurisdictions: {@code covers(a, b)} when b is a itself or lies inside a.
 * The official divisions are built in; other modules add what they define through
 * {@link JurisdictionParents}. The nation covers everything, even a jurisdiction whose parent
 * no module knows yet; any other jurisdiction covers only what it can reach by walking up.
 */
public final class JurisdictionHierarchy {

    private static final JurisdictionParents OFFICIAL = new OfficialDivisions();
    private final Iterable<? extends JurisdictionParents> contributed;

    /** @param contributed asked lazily on every lookup (a Spring ObjectProvider fits) */
    public JurisdictionHierarchy(Iterable<? extends JurisdictionParents> contributed) {
        this.contributed = contributed;
    }

    public static JurisdictionHierarchy officialOnly() {
        return new JurisdictionHierarchy(List.of());
    }

    public boolean covers(Jurisdiction outer, Jurisdiction inner) {
        if (outer.level() == JurisdictionLevel.NATION) return true;
        Jurisdiction current = inner;
        // each step climbs at least one level, so the walk ends within the number of levels
        while (current != null && current.level().ordinal() >= outer.level().ordinal()) {
            if (current.equals(outer)) return true;
            current = parentOf(current).orElse(null);
        }
        return false;
    }

    public Optional<Jurisdiction> parentOf(Jurisdiction j) {
        Optional<Jurisdiction> official = OFFICIAL.parentOf(j);
        if (official.isPresent()) return official;
        for (JurisdictionParents source : contributed) {
            Optional<Jurisdiction> parent = source.parentOf(j);
            if (parent.isPresent() && parent.get().level().ordinal() < j.level().ordinal()) return parent;
        }
        return Optional.empty();
    }
}
