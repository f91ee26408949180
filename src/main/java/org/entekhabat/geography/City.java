package org.entekhabat.geography;

/**
 * شهر. Numbered urban zones are rows of their own; {@code councilKey}/{@code councilName} group them
 * into the one city council they elect ("اراک 1" → "اراک").
 */
public record City(long id, int provinceId, long countyId, String name, String councilKey, String councilName) {}
