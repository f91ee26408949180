package org.entekhabat.vetting;

/** How an inquiry stands. LATE and NO_ANSWER are shown as such and never read as CLEAR. */
public enum InquiryStatus {
    PENDING("در انتظار پاسخ", "pending"),
    CLEAR("بدون سابقه", "clear"),
    FINDING("دارای گزارش", "finding"),
    LATE("پاسخ پس از مهلت", "answered late"),
    NO_ANSWER("بدون پاسخ تا پایان مهلت", "no answer by the deadline");

    private final String fa;
    private final String en;

    InquiryStatus(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
