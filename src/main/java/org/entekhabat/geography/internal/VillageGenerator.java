package org.entekhabat.geography.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.entekhabat.geography.RuralDistrict;
import org.entekhabat.geography.Village;

/**
 * Demo villages where no official list is loaded: 2–6 per rural district, reproducible (seeded by
 * the rural district id), populations spread on a log scale so councils of 3 (≤1,500 people) and
 * of 5 (>1,500) both occur, households ≈ population / 3.5. Every one is marked generated.
 */
public final class VillageGenerator {

    static final String[] PREFIXES = {"ده", "کلاته", "قلعه", "چشمه", "باغ", "آب", "کوشک", "چاه", "تپه", "سرا"};
    static final String[] SUFFIXES = {"نو", "بالا", "پایین", "سفید", "کهنه", "سبز", "بزرگ", "کوچک", "سرخ", "میانه"};
    static final int MIN_POPULATION = 60;
    static final int MAX_POPULATION = 6_000;

    private VillageGenerator() {}

    public static List<Village> generate(RuralDistrict rd) {
        var random = new Random(rd.id());
        int count = 2 + random.nextInt(5);
        var names = new HashSet<String>();
        var villages = new ArrayList<Village>(count);
        for (int n = 1; n <= count; n++) {
            String name = PREFIXES[random.nextInt(PREFIXES.length)] + " " + SUFFIXES[random.nextInt(SUFFIXES.length)];
            if (!names.add(name)) name = name + " " + n;
            names.add(name);
            int population = logUniform(random);
            int households = (int) Math.max(1, Math.round(population / 3.5));
            villages.add(new Village(villageId(rd.id(), n), rd.id(), rd.countyId(), rd.provinceId(), name,
                    population, households, Village.GENERATED_SOURCE, true));
        }
        return villages;
    }

    /** Village ids nest in their rural district's id, like every division id. */
    public static long villageId(long ruralDistrictId, int ordinal) {
        return ruralDistrictId * 1000 + ordinal;
    }

    private static int logUniform(Random random) {
        double lo = Math.log(MIN_POPULATION);
        double hi = Math.log(MAX_POPULATION);
        return (int) Math.round(Math.exp(lo + random.nextDouble() * (hi - lo)));
    }
}
