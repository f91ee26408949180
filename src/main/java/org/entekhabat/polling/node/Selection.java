package org.entekhabat.polling.node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.polling.StationPackage;

/**
 * What a voter has entered so far in one contest on the voting terminal, and the rules of entry:
 * a known code only, no code twice, at most N candidates where a Tehran list counts as each of
 * its members not already chosen (as {@code tally.BallotCounter} reads a ballot, DOMAIN §5, §6).
 * A refused entry changes nothing and says why in Persian.
 */
public final class Selection {

    private final StationPackage.Contest contest;
    private final List<String> codes = new ArrayList<>();
    private boolean blank;

    Selection(StationPackage.Contest contest) {
        this.contest = contest;
    }

    public StationPackage.Contest contest() { return contest; }

    public List<String> codes() { return List.copyOf(codes); }

    public boolean blank() { return blank; }

    /** Candidates chosen, counting each member of a chosen list. */
    public int chosen() {
        return covered().size();
    }

    private Set<String> covered() {
        var set = new LinkedHashSet<String>();
        for (String c : codes) {
            var list = contest.list(c);
            if (list.isPresent()) set.addAll(list.get().memberCodes());
            else set.add(c);
        }
        return set;
    }

    void add(String typed) {
        String code = PersianNumbers.latin(typed == null ? "" : typed.trim());
        if (code.isEmpty()) return;
        var list = contest.listPr() ? contest.list(code) : java.util.Optional.<StationPackage.CandidateList>empty();
        if (contest.candidate(code).isEmpty() && list.isEmpty()) {
            throw refuse("vote.unknown-code", "کد " + PersianNumbers.digits(code) + " نامزد یا فهرستی در این انتخابات نیست.",
                    "Code " + code + " is no candidate or list in this contest.");
        }
        if (codes.contains(code)) {
            throw refuse("vote.duplicate", "کد " + PersianNumbers.digits(code) + " را پیش‌تر وارد کرده‌اید.",
                    "You have already entered code " + code + ".");
        }
        var covered = covered();
        if (list.isEmpty() && covered.contains(code)) {
            throw refuse("vote.duplicate-via-list", "نامزد " + PersianNumbers.digits(code) + " در فهرستی است که انتخاب کرده‌اید.",
                    "Candidate " + code + " is on a list you have chosen.");
        }
        int cost = list.map(l -> (int) l.memberCodes().stream().filter(m -> !covered.contains(m)).count()).orElse(1);
        if (covered.size() + cost > contest.maxChoices()) {
            throw refuse("vote.too-many", "حداکثر " + PersianNumbers.digits(contest.maxChoices()) + " نامزد می‌توانید برگزینید؛ این انتخاب "
                            + PersianNumbers.digits(cost) + " نفر است و " + PersianNumbers.digits(covered.size()) + " نفر را برگزیده‌اید.",
                    "At most " + contest.maxChoices() + " candidates; this entry is " + cost + " and you have " + covered.size() + ".");
        }
        // a list covers its members: their own entries are redundant, keep the ballot plain
        list.ifPresent(l -> codes.removeAll(l.memberCodes()));
        codes.add(code);
        blank = false;
    }

    /** The correction key: removes the last entry. */
    void removeLast() {
        if (!codes.isEmpty()) codes.removeLast();
    }

    /** The blank key: clears the contest and leaves it blank (سفید). */
    void markBlank() {
        codes.clear();
        blank = true;
    }

    private static DomainException refuse(String code, String fa, String en) {
        return DomainException.badInput(code, fa, en);
    }
}
