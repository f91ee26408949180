package org.entekhabat.geography;

/** شهرستان. {@code censusPopulation} is null when no 2016 census county matched it. */
public record County(long id, int provinceId, String name, String slug, Long censusPopulation) {}
