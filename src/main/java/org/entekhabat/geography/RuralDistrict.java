package org.entekhabat.geography;

/** دهستان: a group of villages within a county. */
public record RuralDistrict(long id, int provinceId, long countyId, String name) {}
