package org.entekhabat.candidacy;

/**
 * The facts of a constituency (حوزه انتخابیه) that candidacy rules need. Our own small record, so this
 * module does not depend on geography; the lead wires the real source later.
 *
 * @param id            stable constituency id
 * @param name          its Persian name, shown in messages
 * @param councilType   city or village council
 * @param population    people (decides the city education level, Art. 37(z))
 * @param households    households (decides the village education level, Art. 37(z))
 * @param tehranListPr  true where seats are allocated by lists (Tehran, DOMAIN §5)
 */
public record Constituency(String id, String name, CouncilType councilType, long population, long households,
                           boolean tehranListPr) {

    public Constituency {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("constituency needs an id");
        if (councilType == null) throw new IllegalArgumentException("constituency needs a council type");
        if (population < 0 || households < 0) throw new IllegalArgumentException("negative population or households");
        name = name == null || name.isBlank() ? id : name;
    }
}
