package org.entekhabat.candidacy;

import java.time.LocalDate;
import org.entekhabat.candidacy.EligibilityFinding.Met;
import org.entekhabat.candidacy.EligibilityFinding.NeedsDocument;
import org.entekhabat.candidacy.EligibilityFinding.NotMet;
import org.entekhabat.platform.PersianNumbers;

/**
 * Art. 37(t) note 2 (تبصره ۲ بند ط ماده ۳۷): the criminal-record certificate (گواهی عدم سوءپیشینه) may be
 * no older than 3 months on the submission day. Months are Jalali months, as the law counts them: a
 * certificate of 1404/07/27 is valid through 1404/10/27 and not on 1404/10/28.
 */
public final class CriminalRecordRule implements EligibilityRule {

    static final String ID = "criminal-record";
    static final String ARTICLE = "Art. 37(t) note 2";

    /** The last day on which a certificate issued on {@code issued} may be submitted. */
    public static LocalDate validThrough(LocalDate issued, EligibilityPolicy policy) {
        return Jalali.plusMonths(issued, policy.criminalRecordValidMonths());
    }

    @Override
    public EligibilityFinding check(CandidateFacts facts, EligibilityPolicy policy, LocalDate today) {
        LocalDate issued = facts.criminalRecordIssuedOn();
        String months = PersianNumbers.digits(policy.criminalRecordValidMonths());
        if (issued == null) {
            return new NeedsDocument(ID, ARTICLE, "criminal-record-certificate",
                    "گواهی عدم سوءپیشینهٔ کیفری با تاریخ صدور حداکثر " + months + " ماه پیش را بارگذاری کنید.",
                    "Upload a criminal-record certificate issued at most " + policy.criminalRecordValidMonths() + " months ago.");
        }
        if (issued.isAfter(today)) {
            return new NotMet(ID, ARTICLE, "تاریخ صدور گواهی (" + Jalali.fa(issued) + ") پس از امروز است.",
                    "The certificate's issue date (" + Jalali.en(issued) + ") is after today.");
        }
        LocalDate last = validThrough(issued, policy);
        if (today.isAfter(last)) {
            return new NotMet(ID, ARTICLE, "گواهی عدم سوءپیشینه صادرشده در " + Jalali.fa(issued) + " تنها تا " + Jalali.fa(last)
                    + " معتبر بود؛ گواهی تازه بگیرید.",
                    "The certificate issued on " + Jalali.en(issued) + " was valid only through " + Jalali.en(last) + "; get a new one.");
        }
        return new Met(ID, ARTICLE, "گواهی عدم سوءپیشینه تا " + Jalali.fa(last) + " معتبر است.",
                "The criminal-record certificate is valid through " + Jalali.en(last) + ".");
    }
}
