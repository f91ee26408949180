package org.entekhabat.candidacy;

/**
 * Education levels in ascending order (مقاطع تحصیلی). The "one level" allowance of Art. 37(z) moves one
 * step down this ladder, so MIDDLE_SCHOOL (سیکل) is kept as the step below the diploma.
 */
public enum EducationLevel {
    NONE("بدون مدرک", "none"),
    LITERACY("سواد خواندن و نوشتن", "literacy"),
    MIDDLE_SCHOOL("سیکل", "middle-school certificate"),
    DIPLOMA("دیپلم", "diploma"),
    ASSOCIATE("فوق‌دیپلم (کاردانی)", "associate degree"),
    BACHELOR("لیسانس (کارشناسی)", "bachelor's degree"),
    MASTER("فوق‌لیسانس (کارشناسی ارشد)", "master's degree"),
    DOCTORATE("دکتری", "doctorate");

    private final String fa;
    private final String en;

    EducationLevel(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }

    public boolean atLeast(EducationLevel other) {
        return compareTo(other) >= 0;
    }

    /** One step down, never below literacy: literacy itself is a condition of Art. 37. */
    public EducationLevel oneLevelLower() {
        return this.compareTo(LITERACY) <= 0 ? this : values()[ordinal() - 1];
    }
}
