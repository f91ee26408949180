package org.entekhabat.election;

import java.util.Map;
import org.entekhabat.calendar.JalaliDate;

/** The election as loaded: names, election day, residence rule, and how many contests of each kind. */
public record ElectionInfo(String id, String nameFa, String nameEn, JalaliDate electionDay,
                           ResidenceRule residenceRule, Map<ConstituencyKind, Integer> contests, int ballotStyles) {}
