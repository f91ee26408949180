package org.entekhabat.results;

import java.util.List;

/**
 * The outcome of a counting rule for one contest: main members then alternates, in rank order.
 *
 * @param seats      members (ranks 1..N) then alternates (N+1..N+A); fewer when there are fewer candidates
 * @param trace      the count's numbered steps in Persian for the minutes (tally {@code minutesFa()})
 * @param lotDraws   the lot draws the count made, one line each (number, cut, tied, outcome, digest)
 * @param lotSeed    the committed seed the draws used, or "" when no seed is committed yet
 * @param lotPending true when the count met a tie only a lot decides and no seed is committed: the order
 *                   of those places is provisional and the result cannot be certified until the board draws
 * @param shares     the list-PR apportionment, one row per list and the individuals' bloc (empty otherwise)
 */
public record Allocation(String contestId, List<Seat> seats, String trace, List<String> lotDraws, String lotSeed,
                         boolean lotPending, List<ListShare> shares) {

    public Allocation {
        seats = List.copyOf(seats);
        trace = trace == null ? "" : trace;
        lotDraws = lotDraws == null ? List.of() : List.copyOf(lotDraws);
        lotSeed = lotSeed == null ? "" : lotSeed;
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public Allocation(String contestId, List<Seat> seats, String trace, List<String> lotDraws) {
        this(contestId, seats, trace, lotDraws, "", false, List.of());
    }

    public enum Role { MEMBER, ALTERNATE }

    /**
     * @param tie  true when equal votes straddle a place that decides standing (member/alternate, one
     *             alternate rank and the next, the last alternate place, a Tehran list's seat or alternate
     *             cut): the tie rule (veterans, degree, then the lot, Art. 20 note 1) decided this place
     * @param list the list the seat came through (LIST_PR; "INDIVIDUALS" for the bloc), empty otherwise
     */
    public record Seat(int rank, Role role, String candidate, long votes, boolean tie, String list) {
        public Seat {
            list = list == null ? "" : list;
        }
    }

    /**
     * One list (or the bloc) in Tehran's apportionment; fractions exact as "n/d".
     * @param quotas votes ÷ quota = votes × seats ÷ total votes
     */
    public record ListShare(String code, String name, long votes, int candidates, String quotas, String integerPart,
                            int integerSeats, String remainder, int remainderSeats, List<String> elected, List<String> alternates) {
        public int seats() { return integerSeats + remainderSeats; }
    }

    /** True when a tie waits on the public lot (قرعه): certification is blocked until the board draws. */
    public boolean needsLot() {
        return lotPending;
    }

    public List<Seat> members() {
        return seats.stream().filter(s -> s.role() == Role.MEMBER).toList();
    }

    public List<Seat> alternates() {
        return seats.stream().filter(s -> s.role() == Role.ALTERNATE).toList();
    }
}
