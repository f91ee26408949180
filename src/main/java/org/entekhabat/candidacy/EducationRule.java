package org.entekhabat.candidacy;

import java.time.LocalDate;
import org.entekhabat.candidacy.EligibilityFinding.Met;
import org.entekhabat.candidacy.EligibilityFinding.NeedsDocument;
import org.entekhabat.candidacy.EligibilityFinding.NotMet;
import org.entekhabat.platform.PersianNumbers;

/**
 * Art. 37(z) (بند ز ماده ۳۷): minimum education by council type and size; veterans, freed POWs,
 * fighters with 6 months at the front and martyrs' children may hold ONE level less.
 */
public final class EducationRule implements EligibilityRule {

    static final String ID = "education";
    static final String ARTICLE = "Art. 37(z)";

    /** The level the law asks for in this constituency, before any allowance. */
    public static EducationLevel required(Constituency c, EligibilityPolicy policy) {
        if (c.councilType() == CouncilType.VILLAGE) {
            return c.households() <= policy.villageHouseholdsThreshold() ? EducationLevel.LITERACY : EducationLevel.DIPLOMA;
        }
        return c.population() <= policy.cityPopulationThreshold() ? EducationLevel.ASSOCIATE : EducationLevel.BACHELOR;
    }

    /** The level this candidate must hold, after the one-level allowance if they have a ground for it. */
    public static EducationLevel requiredFor(CandidateFacts facts, EligibilityPolicy policy) {
        EducationLevel base = required(facts.constituency(), policy);
        return facts.allowances().isEmpty() ? base : base.oneLevelLower();
    }

    @Override
    public EligibilityFinding check(CandidateFacts facts, EligibilityPolicy policy, LocalDate today) {
        if (facts.constituency() == null) {
            return new NeedsDocument(ID, ARTICLE, "constituency",
                    "حوزه انتخابیه را انتخاب کنید تا مدرک تحصیلی لازم معلوم شود.",
                    "Choose the constituency to see which education level it requires.");
        }
        if (facts.education() == null) {
            return new NeedsDocument(ID, ARTICLE, "education-certificate",
                    "آخرین مدرک تحصیلی خود را وارد کنید.", "Enter your highest education level.");
        }
        EducationLevel base = required(facts.constituency(), policy);
        EducationLevel needed = requiredFor(facts, policy);
        String why = reasonFa(facts.constituency(), policy);
        String allowanceFa = needed == base ? "" : " (با احتساب یک مقطع تخفیف برای ایثارگران)";
        String allowanceEn = needed == base ? "" : " (one level lower for the allowance you claim)";
        if (facts.education().atLeast(needed)) {
            return new Met(ID, ARTICLE, "مدرک شما («" + facts.education().fa() + "») برای " + why + " کافی است؛ حداقل لازم: "
                    + needed.fa() + allowanceFa + ".",
                    "Your " + facts.education().en() + " is enough; the minimum here is " + needed.en() + allowanceEn + ".");
        }
        return new NotMet(ID, ARTICLE, "برای " + why + " دست‌کم مدرک «" + needed.fa() + "»" + allowanceFa
                + " لازم است؛ مدرک شما «" + facts.education().fa() + "» است.",
                "This constituency requires at least a " + needed.en() + allowanceEn + "; you have " + facts.education().en() + ".");
    }

    private static String reasonFa(Constituency c, EligibilityPolicy policy) {
        if (c.councilType() == CouncilType.VILLAGE) {
            return c.households() <= policy.villageHouseholdsThreshold()
                    ? "روستای تا " + PersianNumbers.grouped(policy.villageHouseholdsThreshold()) + " خانوار"
                    : "روستای بیش از " + PersianNumbers.grouped(policy.villageHouseholdsThreshold()) + " خانوار";
        }
        return c.population() <= policy.cityPopulationThreshold()
                ? "شهر تا " + PersianNumbers.grouped(policy.cityPopulationThreshold()) + " نفر جمعیت"
                : "شهر بیش از " + PersianNumbers.grouped(policy.cityPopulationThreshold()) + " نفر جمعیت";
    }
}
