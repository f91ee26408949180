package org.entekhabat.boards;

import java.util.Set;
import java.util.TreeSet;
import org.entekhabat.platform.DomainException;

/**
 * A board's vote: only its voting members may be recorded as present, the quorum must be present, and a
 * motion passes with more than half of those present in favour. Every member present is named with their
 * vote (no anonymous decisions, seed 000).
 */
public final class BoardVoting {

    private BoardVoting() {}

    /** The checked vote: who was present, who was in favour, and whether the motion passed. */
    public record Outcome(Set<String> present, Set<String> inFavour, int required, boolean passed) {
        public Outcome {
            present = Set.copyOf(new TreeSet<>(present));
            inFavour = Set.copyOf(new TreeSet<>(inFavour));
        }
    }

    public static Outcome check(Set<String> votingMembers, Set<String> present, Set<String> inFavour, QuorumRule quorum) {
        for (String p : present) {
            if (!votingMembers.contains(p)) {
                throw FormationRules.bad("not-a-member", "«" + p + "» عضو دارای رأی این هیأت نیست.",
                        "'" + p + "' is not a voting member of this board.");
            }
        }
        for (String f : inFavour) {
            if (!present.contains(f)) {
                throw FormationRules.bad("vote-without-presence", "«" + f + "» رأی داده اما حاضر ثبت نشده است.",
                        "'" + f + "' voted without being recorded as present.");
            }
        }
        int required = quorum.required(votingMembers.size());
        if (present.size() < required) {
            throw quorumMissing(present.size(), required);
        }
        return new Outcome(present, inFavour, required, 2 * inFavour.size() > present.size());
    }

    static DomainException quorumMissing(int present, int required) {
        return DomainException.badInput("boards.quorum",
                "جلسه حد نصاب ندارد: " + FormationRules.fa(present) + " عضو حاضرند و دست‌کم "
                        + FormationRules.fa(required) + " عضو لازم است.",
                "No quorum: " + present + " members present, at least " + required + " required.");
    }
}
