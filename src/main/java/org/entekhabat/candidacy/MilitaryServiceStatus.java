package org.entekhabat.candidacy;

/** Military-service status of a man (وضعیت نظام وظیفه); Art. 37 accepts only the first two. */
public enum MilitaryServiceStatus {
    COMPLETED("کارت پایان خدمت", "service completed (card)", true),
    PERMANENT_EXEMPTION("کارت معافیت دائم", "permanent exemption", true),
    TEMPORARY_EXEMPTION("معافیت موقت", "temporary exemption", false),
    IN_SERVICE("در حال خدمت", "serving", false),
    ABSENT("غایب", "absentee", false);

    private final String fa;
    private final String en;
    private final boolean accepted;

    MilitaryServiceStatus(String fa, String en, boolean accepted) {
        this.fa = fa;
        this.en = en;
        this.accepted = accepted;
    }

    public String fa() { return fa; }
    public String en() { return en; }
    public boolean accepted() { return accepted; }
}
