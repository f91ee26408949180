package org.entekhabat.stations;

/** Where a station stands: a city or a village (آبادی). The place id is the division's official id. */
public enum PlaceType { CITY, VILLAGE }
