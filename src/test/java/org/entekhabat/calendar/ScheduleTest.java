package org.entekhabat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.calendar.internal.Extensions;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    static final ScheduleDefinition FILE = ScheduleFileTest.load1405();

    /** Extensions kept in memory: the JDBC store is tested with the database. */
    static final class MemoryExtensions implements Extensions {
        final Map<String, ScheduleExtension> map = new HashMap<>();
        public void record(ScheduleExtension e) { map.put(e.key(), e); }
        public Map<String, ScheduleExtension> inForce() { return Map.copyOf(map); }
    }

    final MemoryExtensions extensions = new MemoryExtensions();
    final List<Object> published = new ArrayList<>();

    Schedule at(String tehranLocal) {
        var clock = Clock.fixed(LocalDateTime.parse(tehranLocal).atZone(MilestoneWindow.IRAN).toInstant(), MilestoneWindow.IRAN);
        return new Schedule(clock, FILE, extensions, published::add);
    }

    @Test
    void cityRegistrationIsAllowedWithinOfficeHoursOnly() {
        at("2026-01-13T15:59").require("city-registration");
        at("2026-01-11T08:00").require("city-registration");
        assertThatThrownBy(() -> at("2026-01-13T16:01").require("city-registration"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("schedule.outside-window");
                    assertThat(e.messageFa()).isEqualTo(
                            "ثبت‌نام داوطلبان شوراهای شهر فقط از ۲۱ دی ۱۴۰۴ تا ۲۷ دی ۱۴۰۴، همه‌روزه از ساعت ۸ تا ۱۶ امکان‌پذیر است.");
                    assertThat(e.messageEn()).isEqualTo(
                            "City council candidate registration is possible only from 21 Dey 1404 to 27 Dey 1404, daily from 08:00 to 16:00.");
                    assertThat(e.details()).containsEntry("milestone", "city-registration");
                });
        assertThatThrownBy(() -> at("2026-01-18T10:00").require("city-registration")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> at("2026-01-10T10:00").require("city-registration")).isInstanceOf(DomainException.class);
    }

    @Test
    void villageRegistrationIsInBahman() {
        at("2026-02-13T08:00").require("village-registration");
        assertThatThrownBy(() -> at("2026-01-13T10:00").require("village-registration"))
                .hasMessageContaining("24 Bahman 1404");
    }

    @Test
    void anUnknownMilestoneIsNotFound() {
        assertThatThrownBy(() -> at("2026-01-13T10:00").require("no-such"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void stageNamesWhatIsInForceAndWhatComesNext() {
        var s = at("2026-01-12T20:00"); // 1404/10/22 evening: registration week, office closed
        var stage = s.stageNow();
        assertThat(stage.current()).extracting(Milestone::key)
                .containsExactly("city-criminal-record", "village-criminal-record", "experts-registration", "city-registration");
        assertThat(stage.next()).map(Milestone::key).contains("city-vetting");
        assertThat(s.stageAt(LocalDateTime.parse("2026-05-01T09:00").atZone(MilestoneWindow.IRAN).toInstant()).current())
                .extracting(Milestone::key).containsExactly("election-day");
        var after = s.stageAt(LocalDateTime.parse("2026-07-01T09:00").atZone(MilestoneWindow.IRAN).toInstant());
        assertThat(after.current()).isEmpty();
        assertThat(after.next()).isEmpty();
    }

    @Test
    void anExtensionOpensTheEveningAndIsAudited() {
        var s = at("2026-01-17T19:00");
        assertThatThrownBy(() -> s.require("city-registration")).isInstanceOf(DomainException.class);
        s.extend("city-registration", LocalDateTime.parse("2026-01-17T20:00"), "hq.director", "heavy demand on the last day");
        s.require("city-registration");
        assertThat(at("2026-01-17T20:00").isOpen("city-registration")).isFalse();
        assertThat(at("2026-01-16T19:00").isOpen("city-registration")).isFalse();
        assertThat(s.milestone("city-registration").extension().by()).isEqualTo("hq.director");
        assertThat(published).singleElement().isInstanceOfSatisfying(AuditEvent.class, e -> {
            assertThat(e.action()).isEqualTo("schedule.extended");
            assertThat(e.subject()).isEqualTo("milestone:city-registration");
            assertThat(e.details()).containsEntry("until", "2026-01-17T20:00");
        });
        assertThatThrownBy(() -> at("2026-01-17T21:00").require("city-registration"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageFa()).contains("تا ۲۷ دی ۱۴۰۴ ساعت ۲۰"));
    }

    @Test
    void aShorterEndOrAMissingReasonIsNotAnExtension() {
        var s = at("2026-01-17T10:00");
        assertThatThrownBy(() -> s.extend("city-registration", LocalDateTime.parse("2026-01-17T15:00"), "x", "y"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("schedule.not-an-extension"));
        assertThatThrownBy(() -> s.extend("city-registration", LocalDateTime.parse("2026-01-17T20:00"), "x", " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("schedule.extension-incomplete"));
        assertThat(extensions.map).isEmpty();
        assertThat(published).isEmpty();
    }

    @Test
    void typedMomentsAreJalaliOrIso() {
        assertThat(IranTime.parse("۱۴۰۴/۱۰/۲۷ ۲۰:۰۰")).isEqualTo(LocalDateTime.parse("2026-01-17T20:00"));
        assertThat(IranTime.parse("2026-01-17T20:00")).isEqualTo(LocalDateTime.parse("2026-01-17T20:00"));
        assertThat(IranTime.parse("1404/10/27")).isEqualTo(LocalDateTime.parse("2026-01-18T00:00"));
        assertThatThrownBy(() -> IranTime.parse("tomorrow")).isInstanceOf(DomainException.class);
    }
}
