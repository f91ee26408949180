package org.entekhabat.election;

/** A city (or numbered urban zone) or a village that belongs to a constituency. */
public record Place(PlaceType type, long id, String name) {}
