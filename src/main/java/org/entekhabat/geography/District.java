package org.entekhabat.geography;

/** بخش */
public record District(long id, int provinceId, long countyId, String name) {}
