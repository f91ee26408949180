package org.entekhabat.candidacy;

import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;

/** The real divisions and the 1405 election in the test database (both steps skip what is there). */
public final class ElectionFixture {

    /** Arak's city council (county 1000001, census estimate: over 20,000 people). */
    public static final String ARAK = "CITY-1000001001101";
    /** Karchan, a small city of Arak county (no population source: the smallest bracket). */
    public static final String KARCHAN = "CITY-1000001001600";
    /** Saveh's city council (county 1000006). */
    public static final String SAVEH = "CITY-1000006001110";
    /** Tehran, Rey and Tajrish: the list (proportional) council. */
    public static final String TEHRAN = "PR-tehran";
    /** Villages of Arak county (generated demo villages, ids nest in the rural district id). */
    public static final String VILLAGE_A = "VILLAGE-1000001001001";
    public static final String VILLAGE_B = "VILLAGE-1000001001002";

    private ElectionFixture() {}

    public static void load(GeographyImports imports, Elections elections) {
        imports.importDivisions(true);
        elections.loadDemoIfAbsent();
    }
}
