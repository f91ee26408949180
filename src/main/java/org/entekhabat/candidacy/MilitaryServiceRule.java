package org.entekhabat.candidacy;

import java.time.LocalDate;
import org.entekhabat.candidacy.EligibilityFinding.Met;
import org.entekhabat.candidacy.EligibilityFinding.NeedsDocument;
import org.entekhabat.candidacy.EligibilityFinding.NotMet;

/** Art. 37: men need a military-service completion card or a permanent exemption (پایان خدمت یا معافیت دائم). */
public final class MilitaryServiceRule implements EligibilityRule {

    static final String ID = "military-service";
    static final String ARTICLE = "Art. 37";

    @Override
    public EligibilityFinding check(CandidateFacts facts, EligibilityPolicy policy, LocalDate today) {
        if (facts.sex() == null) {
            return new NeedsDocument(ID, ARTICLE, "civil-registry", "جنسیت هنوز از ثبت احوال تأیید نشده است.",
                    "Sex is not yet confirmed by the civil registry.");
        }
        if (facts.sex() == Sex.FEMALE) {
            return new Met(ID, ARTICLE, "شرط خدمت وظیفه برای بانوان لازم نیست.", "Military service does not apply to women.");
        }
        MilitaryServiceStatus s = facts.militaryService();
        if (s == null) {
            return new NeedsDocument(ID, ARTICLE, "military-service-card",
                    "تصویر کارت پایان خدمت یا معافیت دائم را بارگذاری کنید.",
                    "Upload your military-service completion card or permanent exemption.");
        }
        if (s.accepted()) {
            return new Met(ID, ARTICLE, "وضعیت نظام وظیفه: " + s.fa() + "؛ پذیرفتنی است.", "Military service: " + s.en() + "; accepted.");
        }
        return new NotMet(ID, ARTICLE, "وضعیت نظام وظیفهٔ شما «" + s.fa() + "» است؛ فقط کارت پایان خدمت یا معافیت دائم پذیرفته می‌شود.",
                "Your military-service status is '" + s.en() + "'; only a completion card or a permanent exemption is accepted.");
    }
}
