package org.entekhabat.candidacy;

/**
 * Offices whose holders must resign before registering (Art. 41; DOMAIN §2 [S9][S10][S11]). The
 * source's list is truncated, so {@link #OTHER_LISTED} covers any further office the law names;
 * holders of every office here need an accepted resignation inside the resignation window.
 */
public enum Art41Office {
    PRESIDENT_DEPUTY_ADVISER("رئیس‌جمهور، معاونان و مشاوران وی", "President, his deputies and advisers"),
    ASSEMBLY_OF_EXPERTS_MEMBER("نماینده مجلس خبرگان رهبری", "Member of the Assembly of Experts"),
    MINISTER_DEPUTY_ADVISER("وزیر، معاونان و مشاوران وزیر", "Minister, deputies and advisers"),
    MAJLIS_MEMBER("نماینده مجلس شورای اسلامی", "Member of Parliament"),
    MAJLIS_SPEAKER_DEPUTY_ADVISER("معاون یا مشاور رئیس مجلس", "Deputy or adviser of the Majlis Speaker"),
    GUARDIAN_COUNCIL_MEMBER("عضو شورای نگهبان", "Guardian Council member"),
    JUDICIARY_HEAD_DEPUTY_ADVISER("رئیس قوه قضاییه، معاونان و مشاوران وی", "Head of the Judiciary, deputies and advisers"),
    SUPREME_COURT_HEAD("رئیس دیوان عالی کشور", "Head of the Supreme Court"),
    PROSECUTOR_GENERAL("دادستان کل کشور", "Prosecutor-General"),
    ADMINISTRATIVE_JUSTICE_COURT_HEAD("رئیس دیوان عدالت اداری", "Head of the Administrative Justice Court"),
    AUDIT_COURT_HEAD("رئیس دیوان محاسبات", "Head of the Audit Court"),
    GOVERNOR_GENERAL("استاندار", "Provincial governor-general"),
    COUNTY_GOVERNOR("فرماندار", "County governor"),
    MAYOR("شهردار", "Mayor"),
    SITTING_COUNCIL_MEMBER("عضو شورای اسلامی در حال خدمت", "Sitting council member"),
    OTHER_LISTED("سایر مقام‌های مذکور در ماده ۴۱", "Other office listed in Art. 41");

    private final String fa;
    private final String en;

    Art41Office(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
