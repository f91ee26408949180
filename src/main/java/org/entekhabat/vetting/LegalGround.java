package org.entekhabat.vetting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of legal grounds a rejection may cite (DOMAIN §2, §3). A rejection must name at least
 * one ground whose text is known: Art. 43's content was not found, so it is marked {@code contentKnown=false}
 * and cannot carry a rejection on its own. Art. 42 items follow the OLD list (old Art. 29) of DOMAIN §2,
 * numbered in its order. Only the clause letters (z) education and (t) criminal record of Art. 37 are
 * sourced; the other Art. 37 conditions are cited by article alone rather than with a guessed letter.
 */
public enum LegalGround {
    A37_CITIZENSHIP("Art. 37", "", true, "نداشتن تابعیت ایران", "Not an Iranian citizen"),
    A37_AGE("Art. 37", "", true, "نداشتن حداقل ۲۵ سال سن تمام", "Under 25 full years of age"),
    A37_BELIEF("Art. 37", "", true, "نداشتن اعتقاد و التزام عملی به اسلام یا یکی از ادیان رسمی، قانون اساسی و ولایت مطلقه فقیه",
            "No belief in and practical commitment to Islam or a recognised religion, the Constitution and velayat-e faqih"),
    A37_HEALTH("Art. 37", "", true, "نداشتن سلامت جسمی و روانی لازم برای انجام وظایف شورا",
            "Lacks the physical and mental health to do the council's work"),
    A37_EDUCATION("Art. 37", "z", true, "نداشتن حداقل مدرک تحصیلی لازم", "Lacks the minimum education level"),
    A37_MILITARY_SERVICE("Art. 37", "", true, "نداشتن کارت پایان خدمت یا معافیت دائم (مردان)",
            "No military-service completion card or permanent exemption (men)"),
    A37_CRIMINAL_RECORD("Art. 37", "t", true, "داشتن سوءپیشینهٔ کیفری مؤثر", "Has an effective criminal record"),
    A41_UNRESIGNED_OFFICE("Art. 41", "", true, "استعفا نکردن از سمت‌های مذکور در ماده ۴۱ در مهلت مقرر",
            "Did not resign an Art. 41 office within the resignation window"),
    A42_FORMER_REGIME_ROLE("Art. 42", "1", true, "نقش مؤثر در تحکیم رژیم گذشته", "Effective role in the former regime"),
    A42_USURPING_PUBLIC_PROPERTY("Art. 42", "2", true, "محکومیت به غصب اموال عمومی", "Convicted of usurping public property"),
    A42_ILLEGAL_GROUP("Art. 42", "3", true, "عضویت در گروه‌های غیرقانونی", "Member of an illegal group"),
    A42_ACTING_AGAINST_REPUBLIC("Art. 42", "4", true, "محکومیت به اقدام علیه جمهوری اسلامی ایران",
            "Convicted of acting against the Islamic Republic"),
    A42_APOSTASY("Art. 42", "5", true, "محکومیت به ارتداد", "Convicted of apostasy"),
    A42_HADD("Art. 42", "6", true, "محکومیت به حد شرعی", "Convicted to a hadd punishment"),
    A42_TREASON_FRAUD("Art. 42", "7", true, "محکومیت به خیانت یا کلاهبرداری", "Convicted of treason or fraud"),
    A42_KNOWN_CORRUPTION("Art. 42", "8", true, "اشتهار به فساد", "Known for corruption"),
    A42_DRUGS("Art. 42", "9", true, "قاچاق یا اعتیاد به مواد مخدر", "Drug trafficking or addiction"),
    A42_INTERDICTION("Art. 42", "10", true, "محجوریت (اصل ۴۹ قانون اساسی)", "Under interdiction (Constitution Art. 49)"),
    A42_FORMER_REGIME_OFFICIAL("Art. 42", "11", true, "از مقامات مذکور رژیم گذشته", "Listed official of the former regime"),
    A43_UNKNOWN("Art. 43", "", false, "ماده ۴۳ (متن در دسترس نیست)", "Art. 43 (text not available)");

    private final String article;
    private final String clause;
    private final boolean contentKnown;
    private final String fa;
    private final String en;

    LegalGround(String article, String clause, boolean contentKnown, String fa, String en) {
        this.article = article;
        this.clause = clause;
        this.contentKnown = contentKnown;
        this.fa = fa;
        this.en = en;
    }

    public String code() { return name(); }
    public String article() { return article; }
    public String clause() { return clause; }
    public boolean contentKnown() { return contentKnown; }
    public String fa() { return fa; }
    public String en() { return en; }

    /** "Art. 37(z)" or "Art. 41". */
    public String citation() {
        return clause.isEmpty() ? article : article + "(" + clause + ")";
    }

    public static Optional<LegalGround> byCode(String code) {
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
