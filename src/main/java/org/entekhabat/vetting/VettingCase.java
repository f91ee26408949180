package org.entekhabat.vetting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.VettingState.CountyReviewed;
import org.entekhabat.vetting.VettingState.ExecutiveDecided;
import org.entekhabat.vetting.VettingState.Final;
import org.entekhabat.vetting.VettingState.InitialResult;
import org.entekhabat.vetting.VettingState.InquiriesPending;
import org.entekhabat.vetting.VettingState.Objection;
import org.entekhabat.vetting.VettingState.ProvincialDecided;
import org.entekhabat.vetting.VettingState.Registered;

/**
 * One candidate's vetting as an immutable state machine (DOMAIN §3, Art. 63): REGISTERED → INQUIRIES_PENDING
 * → EXECUTIVE_DECIDED → COUNTY_SUPERVISORY → INITIAL_RESULT → [OBJECTION → PROVINCIAL_DECIDED] → FINAL.
 * Every step returns a new case or throws a {@link DomainException} and changes nothing. Decisions must
 * cite the law and name their voters: no taste-based judgements (seed 000).
 *
 * @param candidate  the candidate's reference (tracking id)
 * @param state      where it stands
 * @param decisions  every decision so far, oldest first
 */
public record VettingCase(String candidate, VettingState state, List<Decision> decisions) {

    public VettingCase {
        if (candidate == null || candidate.isBlank()) throw new IllegalArgumentException("case needs a candidate");
        decisions = List.copyOf(decisions);
    }

    public static VettingCase register(String candidate) {
        return new VettingCase(candidate, new Registered(), List.of());
    }

    /**
     * A case that arrives already final and approved: an import for a drill, a test or the demo, or a
     * by-election candidate vetted by the Guardian Council outside this system. It carries no decision of
     * ours, and the store marks it imported so nobody mistakes it for a vetted case.
     */
    public static VettingCase imported(String candidate) {
        return new VettingCase(candidate, new Final(Verdict.APPROVED), List.of());
    }

    public VettingStage stage() {
        return state.stage();
    }

    /** The names go to the five authorities, who must answer by {@code deadline}. */
    public VettingCase sendInquiries(Instant sentAt, Instant deadline) {
        expect(Registered.class, "ارسال استعلام");
        if (!deadline.isAfter(sentAt)) throw invalid("deadline", "مهلت پاسخ استعلام باید پس از زمان ارسال باشد.",
                "The inquiry deadline must be after the time they are sent.");
        return next(new InquiriesPending(sentAt, deadline), null);
    }

    /**
     * The executive board decides (Art. 63) once every authority has answered or the deadline has passed.
     * A missing answer is never read as clear: the board sees it as NO_ANSWER.
     */
    public VettingCase executiveDecision(Decision d, boolean allAnswered, VettingRules rules) {
        var pending = expect(InquiriesPending.class, "تصمیم هیأت اجرایی");
        if (!allAnswered && d.decidedAt().isBefore(pending.deadline())) {
            throw illegal("inquiries-open", "هنوز همهٔ استعلام‌ها پاسخ داده نشده و مهلت آن‌ها نیز نگذشته است.",
                    "Not every inquiry has been answered and their deadline has not passed.");
        }
        check(d, Board.EXECUTIVE, rules, false);
        return next(new ExecutiveDecided(d), d);
    }

    /** The county supervisory board confirms or overturns the executive board's verdict, with reasons. */
    public VettingCase countyReview(Decision d, VettingRules rules) {
        var decided = expect(ExecutiveDecided.class, "بررسی هیأت نظارت شهرستان");
        check(d, Board.COUNTY_SUPERVISORY, rules, true);
        return next(new CountyReviewed(d, d.verdict() != decided.decision().verdict()), d);
    }

    /** The result is sent to the county governor and told to the candidate; the objection clock starts. */
    public VettingCase publishInitialResult(Instant at, VettingRules rules) {
        var reviewed = expect(CountyReviewed.class, "اعلام نتیجهٔ اولیه");
        return next(new InitialResult(reviewed.decision().verdict(), at, at.plus(rules.objectionPeriod())), null);
    }

    /** A rejected candidate objects in writing within the objection period (4 days in DOMAIN §3). */
    public VettingCase object(String text, Instant at) {
        var initial = expect(InitialResult.class, "اعتراض");
        if (initial.verdict() != Verdict.REJECTED) {
            throw illegal("objection-approved", "صلاحیت شما تأیید شده است؛ اعتراض فقط برای ردشدگان است.",
                    "You were approved; only rejected candidates may object.");
        }
        if (!at.isBefore(initial.objectionDeadline())) {
            throw illegal("objection-late", "مهلت اعتراض به پایان رسیده است.", "The objection period has ended.");
        }
        if (text == null || text.isBlank()) {
            throw invalid("objection-text", "متن اعتراض را بنویسید.", "Write the objection.");
        }
        return next(new Objection(at, text.strip()), null);
    }

    /** The provincial supreme supervisory board decides the objection, with reasons. */
    public VettingCase provincialDecision(Decision d, VettingRules rules) {
        expect(Objection.class, "تصمیم هیأت عالی نظارت استان");
        check(d, Board.PROVINCIAL_SUPERVISORY, rules, true);
        return next(new ProvincialDecided(d), d);
    }

    /**
     * The verdict becomes final: after a provincial decision; or from the initial result when approved, or
     * when rejected and the objection period has passed without an objection.
     */
    public VettingCase finalise(Instant at) {
        return switch (state) {
            case ProvincialDecided p -> next(new Final(p.decision().verdict()), null);
            case InitialResult i when i.verdict() == Verdict.APPROVED -> next(new Final(Verdict.APPROVED), null);
            case InitialResult i when !at.isBefore(i.objectionDeadline()) -> next(new Final(Verdict.REJECTED), null);
            case InitialResult i -> throw illegal("objection-period-open", "مهلت اعتراض داوطلب هنوز باز است.",
                    "The candidate's objection period is still open.");
            default -> throw wrongStage("قطعی کردن نتیجه");
        };
    }

    private void check(Decision d, Board expected, VettingRules rules, boolean reasonAlwaysRequired) {
        if (d.board() != expected) {
            throw invalid("wrong-board", "این تصمیم باید از سوی «" + expected.fa() + "» باشد.",
                    "This decision belongs to the " + expected.en() + ".");
        }
        if (d.verdict() == Verdict.REJECTED) {
            if (d.grounds().isEmpty()) {
                throw invalid("rejection-without-ground",
                        "رد صلاحیت بدون استناد به دست‌کم یک بند قانون پذیرفته نیست؛ متن آزاد به‌تنهایی کافی نیست.",
                        "A rejection must cite at least one clause of the law; free text alone is refused.");
            }
            if (d.grounds().stream().noneMatch(LegalGround::contentKnown)) {
                throw invalid("rejection-unknown-ground",
                        "رد صلاحیت باید دست‌کم به یک بند با متن معلوم استناد کند.",
                        "A rejection must cite at least one clause whose text is known.");
            }
        }
        if ((reasonAlwaysRequired || d.verdict() == Verdict.REJECTED) && d.reason().isEmpty()) {
            throw invalid("reason-missing", "دلیل مکتوب تصمیم را بنویسید.", "Write the reason for the decision.");
        }
        if (!rules.quorum(expected).met(d.vote())) {
            throw invalid("quorum", "حد نصاب رعایت نشده است: دست‌کم " + rules.quorum(expected).minimumPresent()
                            + " عضو حاضر و رأی موافق اکثریت حاضران لازم است.",
                    "No quorum: at least " + rules.quorum(expected).minimumPresent()
                            + " members present and a majority of them in favour are required.");
        }
    }

    private <S extends VettingState> S expect(Class<S> type, String actionFa) {
        if (!type.isInstance(state)) throw wrongStage(actionFa);
        return type.cast(state);
    }

    private DomainException wrongStage(String actionFa) {
        return illegal("illegal-transition", "«" + actionFa + "» در مرحلهٔ «" + state.stage().fa() + "» مجاز نیست.",
                "That step is not allowed at stage " + state.stage().name() + ".");
    }

    private VettingCase next(VettingState s, Decision d) {
        var all = new ArrayList<>(decisions);
        if (d != null) all.add(d);
        return new VettingCase(candidate, s, all);
    }

    private static DomainException illegal(String code, String fa, String en) {
        return DomainException.conflict("vetting." + code, fa, en);
    }

    private static DomainException invalid(String code, String fa, String en) {
        return DomainException.badInput("vetting." + code, fa, en);
    }
}
