package org.entekhabat.tally;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;

/**
 * The counted ballots of one contest, before any rule is applied: the input of {@link Count#run}.
 *
 * @param personalVotes  per candidate code, the ballots on which the candidate's own code was entered
 *                       (missing codes count zero)
 * @param listBallots    per list code (Tehran), the ballots on which the list code was entered; each
 *                       such ballot is one vote for every member of the list (DOMAIN §5, [S38][S41])
 * @param blank          blank ballots (سفید): counted and reported, never assigned to anyone
 * @param invalid        invalid ballots (باطله): counted and reported, never assigned
 * @param totalBallots   every ballot taken from the box or the journal, valid or not
 */
public record ContestTally(String contestId, List<Candidate> candidates, List<CandidateList> lists,
                           Map<String, Long> personalVotes, Map<String, Long> listBallots,
                           long blank, long invalid, long totalBallots) {

    public ContestTally {
        Objects.requireNonNull(contestId, "contestId");
        candidates = List.copyOf(candidates);
        lists = List.copyOf(lists);
        personalVotes = Map.copyOf(personalVotes);
        listBallots = Map.copyOf(listBallots);
        validate(candidates, lists, personalVotes, listBallots, blank, invalid, totalBallots);
    }

    /** A tally with no lists (every contest but Tehran's). */
    public static ContestTally plurality(String contestId, List<Candidate> candidates, Map<String, Long> votes,
                                         long blank, long invalid, long totalBallots) {
        return new ContestTally(contestId, candidates, List.of(), votes, Map.of(), blank, invalid, totalBallots);
    }

    /** Ballots that are neither blank nor invalid. */
    public long validBallots() {
        return totalBallots - blank - invalid;
    }

    /** The candidate's own-code votes. */
    public long personal(Candidate c) {
        return personalVotes.getOrDefault(c.code(), 0L);
    }

    /** The votes the candidate receives through list ballots (one per ballot naming the list). */
    public long viaList(Candidate c) {
        return c.listCode() == null ? 0 : listBallots.getOrDefault(c.listCode(), 0L);
    }

    /** A candidate's votes = own-code votes + list votes (DOMAIN §5 step 1). */
    public long votes(Candidate c) {
        return personal(c) + viaList(c);
    }

    private static void validate(List<Candidate> candidates, List<CandidateList> lists, Map<String, Long> personal,
                                 Map<String, Long> listBallots, long blank, long invalid, long total) {
        var listCodes = new HashSet<String>();
        for (CandidateList l : lists) {
            if (!listCodes.add(l.code())) refuse("duplicate list code " + l.code(), "کد فهرست تکراری: " + l.code());
        }
        var byCode = new HashMap<String, Candidate>();
        for (Candidate c : candidates) {
            if (byCode.put(c.code(), c) != null) refuse("duplicate candidate code " + c.code(), "کد نامزد تکراری: " + c.code());
            if (listCodes.contains(c.code())) refuse("code " + c.code() + " is both a list and a candidate",
                    "کد " + c.code() + " هم کد فهرست است و هم کد نامزد");
            if (c.listCode() != null && !listCodes.contains(c.listCode())) {
                refuse("candidate " + c.code() + " names an unknown list " + c.listCode(),
                        "نامزد " + c.code() + " به فهرست ناشناخته " + c.listCode() + " نسبت داده شده است");
            }
        }
        personal.forEach((code, n) -> {
            if (!byCode.containsKey(code)) refuse("votes for an unknown candidate " + code, "رأی برای نامزد ناشناخته " + code);
            if (n < 0) refuse("negative votes for " + code, "رأی منفی برای " + code);
        });
        listBallots.forEach((code, n) -> {
            if (!listCodes.contains(code)) refuse("votes for an unknown list " + code, "رأی برای فهرست ناشناخته " + code);
            if (n < 0) refuse("negative votes for list " + code, "رأی منفی برای فهرست " + code);
        });
        if (blank < 0 || invalid < 0 || total < 0 || blank + invalid > total) {
            refuse("blank (" + blank + ") + invalid (" + invalid + ") exceed the ballots (" + total + ")",
                    "جمع آرای سفید و باطله از کل آرا بیشتر است");
        }
        long valid = total - blank - invalid;
        for (Candidate c : candidates) {
            long v = personal.getOrDefault(c.code(), 0L)
                    + (c.listCode() == null ? 0 : listBallots.getOrDefault(c.listCode(), 0L));
            if (v > valid) {
                // a ballot gives a candidate at most one vote, so no one can pass the valid ballots
                refuse("candidate " + c.code() + " has " + v + " votes, more than the " + valid + " valid ballots",
                        "آرای نامزد " + c.code() + " (" + PersianNumbers.grouped(v) + ") از آرای صحیح ("
                                + PersianNumbers.grouped(valid) + ") بیشتر است");
            }
        }
    }

    private static void refuse(String en, String fa) {
        throw DomainException.badInput("tally.inconsistent", "شمارش ناسازگار: " + fa, "Inconsistent tally: " + en);
    }
}
