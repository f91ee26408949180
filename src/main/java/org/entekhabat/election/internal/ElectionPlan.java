package org.entekhabat.election.internal;

import java.util.List;
import org.entekhabat.election.BallotStyle;
import org.entekhabat.election.Constituency;
import org.entekhabat.election.Contest;
import org.entekhabat.election.PlaceType;

/** Everything one election file defines, resolved against the divisions and ready to store. */
record ElectionPlan(ElectionFile file, String sourceText, List<Constituency> constituencies, List<Contest> contests,
                    List<BallotStyle> ballotStyles, List<PlaceStyle> placeStyles) {

    record PlaceStyle(PlaceType type, long placeId, String ballotStyleId) {}
}
