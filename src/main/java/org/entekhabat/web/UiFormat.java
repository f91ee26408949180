package org.entekhabat.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.platform.PersianNumbers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Template helpers as {@code ${@fmt...}}: digits and dates in the reader's locale. */
@Component("fmt")
public class UiFormat {

    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");
    private final Clock clock;

    UiFormat(Clock clock) {
        this.clock = clock;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String num(Object n) {
        if (n == null) return "";
        if (n instanceof Number number && !(n instanceof Double) && !(n instanceof Float)) {
            long v = number.longValue();
            return english() ? String.format("%,d", v) : PersianNumbers.grouped(v);
        }
        return english() ? n.toString() : PersianNumbers.digits(n);
    }

    public String date(Object d) {
        JalaliDate j = switch (d) {
            case null -> null;
            case JalaliDate jd -> jd;
            case LocalDate ld -> JalaliDate.of(ld);
            case Instant i -> JalaliDate.of(i.atZone(IRAN).toLocalDate());
            default -> JalaliDate.parse(d.toString());
        };
        if (j == null) return "";
        return english() ? j.toEnglishText() : j.toPersianText();
    }

    public String dateTime(Instant instant) {
        if (instant == null) return "";
        String time = DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(IRAN));
        return date(instant) + " " + (english() ? time : PersianNumbers.digits(time));
    }

    /** On a demo server: the demo clock's reading, for the banner; otherwise null (no banner). */
    public Instant demoNow() {
        return clock instanceof org.entekhabat.platform.AdjustableClock ? clock.instant() : null;
    }

    public String today() {
        return date(LocalDate.now(clock));
    }
}
