package org.entekhabat.geography;

/** What {@code import divisions} found in the database afterwards, and what it added this time. */
public record DivisionsImport(int provinces, int counties, int districts, int cities, int ruralDistricts,
                              int villages, int censusRows, int rowsAdded, CensusMatchReport census) {}
