package org.entekhabat.stations;

/** Why a station's checklist is not complete, in words for the provincial HQ. */
public enum BlockerCode {
    NO_LINK("نوع ارتباط شعبه ثبت نشده است", "the station's link is not declared"),
    LINK_NOT_TESTED("ارتباط شعبه آزموده نشده است", "the link has not been tested"),
    LINK_TEST_FAILED("آخرین آزمون ارتباط ناموفق بوده است", "the latest link test failed"),
    POWER_NOT_CHECKED("وضعیت برق بررسی نشده است", "power has not been checked"),
    POWER_INSUFFICIENT("برق شهری یا برق پشتیبان آماده نیست", "grid power or backup power is not ready"),
    DEVICE_MISSING("یکی از دو دستگاه (احراز هویت یا ثبت رأی) ثبت نشده است", "a required device type is missing"),
    DEVICE_NOT_TESTED("خودآزمایی دستگاه انجام نشده است", "a device has not been self-tested"),
    DEVICE_TEST_FAILED("خودآزمایی دستگاه ناموفق بوده است", "a device failed its self-test"),
    DEFICIENCY_OPEN("نارسایی رفع‌نشده وجود دارد", "a deficiency is not fixed");

    private final String persian;
    private final String english;

    BlockerCode(String persian, String english) {
        this.persian = persian;
        this.english = english;
    }

    public String persian() { return persian; }
    public String english() { return english; }
}
