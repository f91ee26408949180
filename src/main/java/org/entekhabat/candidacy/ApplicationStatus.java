package org.entekhabat.candidacy;

/** The life of an application: a draft, submitted with a tracking id, or withdrawn (انصراف). */
public enum ApplicationStatus {
    DRAFT("پیش‌نویس", "draft"),
    SUBMITTED("ثبت نهایی شده", "submitted"),
    WITHDRAWN("انصراف داده", "withdrawn");

    private final String fa;
    private final String en;

    ApplicationStatus(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
