package org.entekhabat.candidacy;

/**
 * The facts of a constituency (حوزه انتخابیه) that candidacy rules need. Our own small record, so the
 * rules do not depend on the election module; {@link ConstituencyDirectory} fills it from the election.
 *
 * @param id            stable constituency id (the election's, e.g. CITY-1000001001101, PR-tehran, VILLAGE-…)
 * @param name          its Persian name, shown in messages
 * @param councilType   city or village council (or a by-election, import only)
 * @param population    people (decides the city education level, Art. 37(z))
 * @param households    households (decides the village education level, Art. 37(z))
 * @param tehranListPr  true where seats are allocated by lists (Tehran, DOMAIN §5)
 * @param provinceId    its province (0 when unknown)
 * @param countyId      its (first) county (0 when unknown or province-wide)
 */
public record Constituency(String id, String name, CouncilType councilType, long population, long households,
                           boolean tehranListPr, int provinceId, long countyId) {

    public Constituency {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("constituency needs an id");
        if (councilType == null) throw new IllegalArgumentException("constituency needs a council type");
        if (population < 0 || households < 0) throw new IllegalArgumentException("negative population or households");
        name = name == null || name.isBlank() ? id : name;
    }

    /** A constituency whose place in the country is not needed (rules, tests). */
    public Constituency(String id, String name, CouncilType councilType, long population, long households, boolean tehranListPr) {
        this(id, name, councilType, population, households, tehranListPr, 0, 0);
    }
}
