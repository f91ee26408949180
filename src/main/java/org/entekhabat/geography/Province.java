package org.entekhabat.geography;

/** استان */
public record Province(int id, String name, String slug) {}
