package org.entekhabat.vetting;

/** Qualified (تأیید صلاحیت) or not (رد صلاحیت). */
public enum Verdict {
    APPROVED("تأیید صلاحیت", "approved"),
    REJECTED("رد صلاحیت", "rejected");

    private final String fa;
    private final String en;

    Verdict(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }

    public Verdict opposite() {
        return this == APPROVED ? REJECTED : APPROVED;
    }
}
