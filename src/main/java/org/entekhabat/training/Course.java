package org.entekhabat.training;

/** A course (دوره آموزشی) for one role. */
public record Course(String id, Role role, String titleFa, String titleEn, String descriptionFa) {}
