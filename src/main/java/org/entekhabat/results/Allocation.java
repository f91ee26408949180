package org.entekhabat.results;

import java.util.List;

/**
 * The outcome of a counting rule for one contest: main members then alternates, in rank order.
 *
 * @param seats    members (ranks 1..N) then alternates (N+1..N+A); fewer when there are fewer candidates
 * @param trace    the steps in words for the minutes (may be empty)
 * @param lotDraws the public lots drawn (seed and draw), if the allocator drew any; empty otherwise
 */
public record Allocation(String contestId, List<Seat> seats, String trace, List<String> lotDraws) {

    public Allocation {
        seats = List.copyOf(seats);
        trace = trace == null ? "" : trace;
        lotDraws = lotDraws == null ? List.of() : List.copyOf(lotDraws);
    }

    public enum Role { MEMBER, ALTERNATE }

    /**
     * @param tie true when this candidate's place depends on a tie the rule could not break: the
     *            place needs the tie-break (veterans, degree) and then a public lot (قرعه) before it is final.
     * @param list the list the seat came through (LIST_PR), empty otherwise
     */
    public record Seat(int rank, Role role, String candidate, long votes, boolean tie, String list) {
        public Seat {
            list = list == null ? "" : list;
        }
    }

    /** True when any place waits on a lot. */
    public boolean needsLot() {
        return seats.stream().anyMatch(Seat::tie);
    }

    public List<Seat> members() {
        return seats.stream().filter(s -> s.role() == Role.MEMBER).toList();
    }

    public List<Seat> alternates() {
        return seats.stream().filter(s -> s.role() == Role.ALTERNATE).toList();
    }
}
