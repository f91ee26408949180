package org.entekhabat.vetting;

/** The stages of a candidate's vetting, in order (persisted by name). */
public enum VettingStage {
    REGISTERED("ثبت‌نام شده", "registered"),
    INQUIRIES_PENDING("در انتظار پاسخ استعلام‌ها", "inquiries pending"),
    EXECUTIVE_DECIDED("تصمیم هیأت اجرایی", "executive board decided"),
    COUNTY_SUPERVISORY("بررسی هیأت نظارت شهرستان", "county supervisory board reviewed"),
    INITIAL_RESULT("اعلام نتیجهٔ اولیه", "initial result published"),
    OBJECTION("اعتراض به هیأت عالی نظارت استان", "objection filed"),
    PROVINCIAL_DECIDED("تصمیم هیأت عالی نظارت استان", "provincial board decided"),
    FINAL("نتیجهٔ قطعی", "final");

    private final String fa;
    private final String en;

    VettingStage(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
