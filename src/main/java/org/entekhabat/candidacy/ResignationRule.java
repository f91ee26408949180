package org.entekhabat.candidacy;

import java.time.LocalDate;
import org.entekhabat.candidacy.EligibilityFinding.Met;
import org.entekhabat.candidacy.EligibilityFinding.NeedsDocument;
import org.entekhabat.candidacy.EligibilityFinding.NotMet;

/**
 * Art. 41 (ماده ۴۱): holders of the listed offices must have their resignation accepted inside the
 * resignation window of their council type (city 1404/07/21–27, village 1404/08/24–30 in the 7th period)
 * and must not hold the office at all afterwards. The window is a policy parameter.
 */
public final class ResignationRule implements EligibilityRule {

    static final String ID = "art41-resignation";
    static final String ARTICLE = "Art. 41";

    @Override
    public EligibilityFinding check(CandidateFacts facts, EligibilityPolicy policy, LocalDate today) {
        if (facts.heldOffices().isEmpty()) {
            return new Met(ID, ARTICLE, "شما هیچ‌یک از سمت‌های ماده ۴۱ را اعلام نکرده‌اید.",
                    "You declared none of the Art. 41 offices.");
        }
        if (facts.constituency() == null) {
            return new NeedsDocument(ID, ARTICLE, "constituency", "حوزه انتخابیه را انتخاب کنید تا مهلت استعفا معلوم شود.",
                    "Choose the constituency to see which resignation window applies.");
        }
        DayWindow window = policy.resignationWindow(facts.constituency().councilType());
        for (HeldOffice held : facts.heldOffices()) {
            LocalDate accepted = held.resignationAcceptedOn();
            if (accepted == null) {
                return new NeedsDocument(ID, ARTICLE, "resignation-acceptance",
                        "برای سمت «" + held.office().fa() + "» گواهی پذیرش استعفا لازم است (مهلت " + span(window) + ").",
                        "The office '" + held.office().en() + "' needs a certificate that your resignation was accepted (window "
                                + spanEn(window) + ").");
            }
            if (accepted.isAfter(window.last()) || accepted.isAfter(today)) {
                return new NotMet(ID, ARTICLE,
                        "استعفا از سمت «" + held.office().fa() + "» در " + Jalali.fa(accepted) + " پذیرفته شده که پس از پایان مهلت ("
                                + Jalali.fa(window.last()) + ") است.",
                        "Your resignation from '" + held.office().en() + "' was accepted on " + Jalali.en(accepted)
                                + ", after the window closed on " + Jalali.en(window.last()) + ".");
            }
            // accepted before the window opened: the person no longer held the office when it mattered
        }
        return new Met(ID, ARTICLE, "استعفا از همهٔ سمت‌های ماده ۴۱ در مهلت (" + span(window) + ") پذیرفته شده است.",
                "Every Art. 41 resignation was accepted in time (window " + spanEn(window) + ").");
    }

    private static String span(DayWindow w) {
        return Jalali.fa(w.first()) + " تا " + Jalali.fa(w.last());
    }

    private static String spanEn(DayWindow w) {
        return Jalali.en(w.first()) + " to " + Jalali.en(w.last());
    }
}
