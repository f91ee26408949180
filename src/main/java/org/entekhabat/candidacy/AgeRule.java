package org.entekhabat.candidacy;

import java.time.LocalDate;
import java.time.Period;
import org.entekhabat.candidacy.EligibilityFinding.Met;
import org.entekhabat.candidacy.EligibilityFinding.NeedsDocument;
import org.entekhabat.candidacy.EligibilityFinding.NotMet;
import org.entekhabat.platform.PersianNumbers;

/** Art. 37: at least 25 full years of age (سن) on the reference day; no maximum found for councils. */
public final class AgeRule implements EligibilityRule {

    static final String ID = "age";
    static final String ARTICLE = "Art. 37";

    @Override
    public EligibilityFinding check(CandidateFacts facts, EligibilityPolicy policy, LocalDate today) {
        if (facts.birthDate() == null) {
            return new NeedsDocument(ID, ARTICLE, "civil-registry",
                    "تاریخ تولد هنوز از ثبت احوال تأیید نشده است.", "The birth date is not yet confirmed by the civil registry.");
        }
        LocalDate day = policy.ageReference() == AgeReference.ELECTION_DAY ? policy.electionDay() : today;
        int years = Period.between(facts.birthDate(), day).getYears(); // a birthday on the day itself counts
        String min = PersianNumbers.digits(policy.minimumAge());
        if (years >= policy.minimumAge()) {
            return new Met(ID, ARTICLE,
                    "سن شما در " + Jalali.fa(day) + " " + PersianNumbers.digits(years) + " سال تمام است؛ حداقل " + min + " سال لازم است.",
                    "You are " + years + " full years old on " + Jalali.en(day) + "; the minimum is " + policy.minimumAge() + ".");
        }
        LocalDate reaches = facts.birthDate().plusYears(policy.minimumAge());
        return new NotMet(ID, ARTICLE,
                "داوطلب باید در " + Jalali.fa(day) + " دست‌کم " + min + " سال تمام داشته باشد؛ شما در " + Jalali.fa(reaches)
                        + " به این سن می‌رسید.",
                "A candidate must be at least " + policy.minimumAge() + " full years old on " + Jalali.en(day)
                        + "; you reach that age on " + Jalali.en(reaches) + ".");
    }
}
