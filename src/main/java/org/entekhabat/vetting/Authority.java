package org.entekhabat.vetting;

/** The five inquiry authorities (مراجع پنجگانه), DOMAIN §3 [S16]. */
public enum Authority {
    CIVIL_REGISTRATION("ثبت احوال", "Civil Registration"),
    JUDICIARY("دادگستری", "Judiciary"),
    MINISTRY_OF_INTELLIGENCE("وزارت اطلاعات", "Ministry of Intelligence"),
    IRGC_INTELLIGENCE("سازمان اطلاعات سپاه", "IRGC Intelligence Organization"),
    POLICE("نیروی انتظامی", "Police");

    private final String fa;
    private final String en;

    Authority(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
