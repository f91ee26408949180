package org.entekhabat.geography;

import java.io.Reader;
import org.entekhabat.geography.internal.DivisionImporter;
import org.entekhabat.geography.internal.VillageImporter;
import org.springframework.stereotype.Service;

/** Loads the divisions, the census and villages; every step is idempotent. */
@Service
public class GeographyImports {

    private final DivisionImporter divisions;
    private final VillageImporter villages;
    private final Geography geography;

    GeographyImports(DivisionImporter divisions, VillageImporter villages, Geography geography) {
        this.divisions = divisions;
        this.villages = villages;
        this.geography = geography;
    }

    /** Divisions + census (+ generated villages for rural districts without any, when asked). */
    public DivisionsImport importDivisions(boolean generateVillages) {
        int added = divisions.importAll();
        if (generateVillages) added += villages.generateMissing();
        return report(added);
    }

    public int generateVillages() {
        return villages.generateMissing();
    }

    /** An official village list: CSV rural_district_id,name,population,households. */
    public int importVillages(Reader csv, String fileName, String populationSource) {
        return villages.importList(csv, fileName, populationSource);
    }

    public DivisionsImport report(int added) {
        var c = divisions.counts();
        return new DivisionsImport(c.get("geo_province"), c.get("geo_county"), c.get("geo_district"), c.get("geo_city"),
                c.get("geo_rural_district"), c.get("geo_village"), c.get("geo_census_row"), added, geography.censusReport());
    }
}
