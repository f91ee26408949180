package org.entekhabat.tally;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Count#run}: who is elected, who is an alternate and in what order, every
 * candidate's and list's totals, the exact quota, the lot draws and the full trace for the minutes.
 * Blank and invalid ballots are reported and never assigned to anyone.
 *
 * @param members          elected members (اعضای اصلی), in rank order
 * @param alternates       alternates (اعضای علی‌البدل), first alternate first
 * @param totals           every candidate, members first, then alternates, then the rest
 * @param lists            per list and bloc (proportional counts only; empty otherwise)
 * @param quota            the Hare quota, candidates' votes ÷ seats (proportional counts only)
 * @param candidateVotes   the sum of every candidate's votes (the quota's numerator)
 * @param unfilledSeats    seats left empty for want of candidates
 * @param unfilledAlternates alternate places left empty for want of candidates
 */
public record ContestResult(String contestId, CountingMethod method, long totalBallots, long blank, long invalid,
                            long validBallots, List<Candidate> members, List<Candidate> alternates,
                            List<CandidateTotal> totals, List<ListResult> lists, Optional<Fraction> quota,
                            long candidateVotes, int unfilledSeats, int unfilledAlternates, String lotSeed,
                            List<LotDraw> draws, List<TraceStep> trace) {

    public ContestResult {
        members = List.copyOf(members);
        alternates = List.copyOf(alternates);
        totals = List.copyOf(totals);
        lists = List.copyOf(lists);
        draws = List.copyOf(draws);
        trace = List.copyOf(trace);
    }

    public List<String> memberCodes() {
        return members.stream().map(Candidate::code).toList();
    }

    public List<String> alternateCodes() {
        return alternates.stream().map(Candidate::code).toList();
    }

    public Optional<ListResult> list(String code) {
        return lists.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** The minutes as text, one numbered step a line, Persian. */
    public String minutesFa() {
        var sb = new StringBuilder();
        for (TraceStep s : trace) sb.append(org.entekhabat.platform.PersianNumbers.digits(s.number())).append(". ").append(s.fa()).append('\n');
        return sb.toString();
    }

    /** The minutes as text, one numbered step a line, English. */
    public String minutesEn() {
        var sb = new StringBuilder();
        for (TraceStep s : trace) sb.append(s.number()).append(". ").append(s.en()).append('\n');
        return sb.toString();
    }
}
