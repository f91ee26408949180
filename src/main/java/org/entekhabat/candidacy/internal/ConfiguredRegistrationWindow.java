package org.entekhabat.candidacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.entekhabat.candidacy.CouncilType;
import org.entekhabat.candidacy.Jalali;
import org.entekhabat.candidacy.RegistrationWindow;
import org.entekhabat.platform.PersianNumbers;

/** Registration days per council type and daily hours, Iran time (DOMAIN §2: 08:00–16:00). */
record ConfiguredRegistrationWindow(LocalDate cityFirst, LocalDate cityLast, LocalDate villageFirst, LocalDate villageLast,
                                    LocalTime opens, LocalTime closes) implements RegistrationWindow {

    static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    @Override
    public Answer check(CouncilType type, String constituencyId, Instant at) {
        var local = at.atZone(IRAN);
        LocalDate first = type == CouncilType.CITY ? cityFirst : villageFirst;
        LocalDate last = type == CouncilType.CITY ? cityLast : villageLast;
        boolean day = !local.toLocalDate().isBefore(first) && !local.toLocalDate().isAfter(last);
        boolean hour = !local.toLocalTime().isBefore(opens) && local.toLocalTime().isBefore(closes);
        if (day && hour) return Answer.opened();
        return Answer.closed("ثبت‌نام داوطلبان " + type.fa() + " فقط از " + Jalali.fa(first) + " تا " + Jalali.fa(last) + "، ساعت "
                        + PersianNumbers.digits(opens) + " تا " + PersianNumbers.digits(closes) + " باز است.",
                "Registration for the " + type.en() + " is open only " + Jalali.en(first) + " to " + Jalali.en(last) + ", " + opens + "–" + closes + ".");
    }
}
