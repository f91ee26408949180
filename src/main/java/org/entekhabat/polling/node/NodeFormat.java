package org.entekhabat.polling.node;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.platform.PersianNumbers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Template helpers on the node as {@code ${@fmt...}}: Persian digits, Jalali dates, Iran time. */
@Component("fmt")
@ConditionalOnNode
public class NodeFormat {

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    public String num(Object n) {
        if (n == null) return "";
        if (n instanceof Number number && !(n instanceof Double) && !(n instanceof Float)) {
            return english() ? String.format("%,d", number.longValue()) : PersianNumbers.grouped(number.longValue());
        }
        return english() ? n.toString() : PersianNumbers.digits(n);
    }

    public String digits(Object s) {
        return english() ? String.valueOf(s) : PersianNumbers.digits(s);
    }

    public String time(Instant i) {
        if (i == null) return "";
        return digits(DateTimeFormatter.ofPattern("HH:mm").format(i.atZone(NodeApplication.IRAN)));
    }

    public String dateTime(Instant i) {
        if (i == null) return "";
        var j = JalaliDate.of(i.atZone(NodeApplication.IRAN).toLocalDate());
        return (english() ? j.toEnglishText() : j.toPersianText()) + " " + time(i);
    }

    public String date(java.time.LocalDate d) {
        var j = JalaliDate.of(d);
        return english() ? j.toEnglishText() : j.toPersianText();
    }
}
