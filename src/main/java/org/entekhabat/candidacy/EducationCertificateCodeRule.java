package org.entekhabat.candidacy;

import java.time.LocalDate;
import org.entekhabat.candidacy.EligibilityFinding.Met;
import org.entekhabat.candidacy.EligibilityFinding.NeedsDocument;
import org.entekhabat.candidacy.EligibilityFinding.NotMet;
import org.entekhabat.platform.PersianNumbers;

/**
 * Art. 37(z), announcement #8 (DOMAIN §2 [S3][S4]): the education certificate carries an authenticity
 * code (کد صحت) of exactly 20 digits from codesehat.ir. We check the form only; the issuer checks the code.
 */
public final class EducationCertificateCodeRule implements EligibilityRule {

    static final String ID = "education-certificate-code";
    static final String ARTICLE = "Art. 37(z)";

    /** Persian/Latin digits, spaces and dashes ignored; null if there is nothing typed. */
    public static String normalise(String typed) {
        if (typed == null) return null;
        String s = PersianNumbers.latin(typed).replaceAll("[\\s-]", "");
        return s.isEmpty() ? null : s;
    }

    @Override
    public EligibilityFinding check(CandidateFacts facts, EligibilityPolicy policy, LocalDate today) {
        // literacy is not a school certificate, so there is no authenticity code to ask for (our reading)
        if (facts.education() != null && !facts.education().atLeast(EducationLevel.MIDDLE_SCHOOL)) {
            return new Met(ID, ARTICLE, "برای سواد خواندن و نوشتن کد صحت مدرک لازم نیست.",
                    "Literacy needs no certificate authenticity code.");
        }
        String code = normalise(facts.educationCertificateCode());
        if (code == null) {
            return new NeedsDocument(ID, ARTICLE, "education-certificate-code",
                    "کد صحت ۲۰ رقمی مدرک تحصیلی را از سامانه codesehat.ir بگیرید و وارد کنید.",
                    "Get the 20-digit authenticity code of your certificate from codesehat.ir and enter it.");
        }
        if (!code.matches("\\d{20}")) {
            return new NotMet(ID, ARTICLE,
                    "کد صحت مدرک باید دقیقاً ۲۰ رقم باشد؛ آنچه وارد شده " + PersianNumbers.digits(code.length()) + " نویسه است.",
                    "The certificate authenticity code must be exactly 20 digits; you entered " + code.length() + " characters.");
        }
        return new Met(ID, ARTICLE, "کد صحت مدرک ۲۰ رقم است.", "The certificate authenticity code has 20 digits.");
    }
}
