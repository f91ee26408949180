package org.entekhabat.geography;

/**
 * روستا. Its population decides the council size (DOMAIN §1: rural health-centre statistics
 * confirmed by MOI), so where the number came from is kept with it.
 */
public record Village(long id, long ruralDistrictId, long countyId, int provinceId, String name,
                      int population, int households, String populationSource, boolean generated) {

    public static final String GENERATED_SOURCE = "generated-demo";
}
