package org.entekhabat.election.internal;

import java.util.List;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.election.CouncilSize;
import org.entekhabat.election.ResidenceRule;
import org.entekhabat.election.SeatTable;

/** An election definition file as read, before its divisions are checked. Each item keeps its path for errors. */
record ElectionFile(String id, String nameFa, String nameEn, JalaliDate electionDay,
                    boolean cityCouncils, boolean villageCouncils,
                    List<ListPr> listPrCouncils, List<ByElection> majlis, List<Experts> experts,
                    List<PopulationOverride> populationOverrides, ResidenceRule residenceRule,
                    SeatTable citySeats, SeatTable villageSeats) {

    record Ref(String path, long id) {}

    record ListPr(String path, String id, String nameFa, String nameEn, List<Ref> cities, CouncilSize size,
                  Long population, String populationNote) {}

    record ByElection(String path, String id, String nameFa, String nameEn, List<Ref> counties, int seats) {}

    record Experts(String path, Ref province, int seats) {}

    record PopulationOverride(String path, Ref city, long population, String note) {}
}
