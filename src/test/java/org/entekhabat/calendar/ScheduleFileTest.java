package org.entekhabat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleFileTest {

    static String text1405() {
        try (InputStream in = ScheduleFileTest.class.getResourceAsStream("/schedules/1405.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    static ScheduleDefinition load1405() {
        return ScheduleFile.parse(text1405(), "1405.yaml");
    }

    @Test
    void the1405FileMatchesDomainMdOffsets() {
        var s = load1405();
        LocalDate e = s.electionDay();
        assertThat(e).isEqualTo(LocalDate.of(2026, 5, 1)); // Fri 1405/02/11
        // golden offsets from DOMAIN.md §4
        assertThat(s.milestone("hq-announcement-1").orElseThrow().offsetText(e)).isEqualTo("E-230");
        assertThat(s.milestone("city-resignation").orElseThrow().offsetText(e)).isEqualTo("E-200..E-194");
        assertThat(s.milestone("village-resignation").orElseThrow().offsetText(e)).isEqualTo("E-167..E-161");
        assertThat(s.milestone("start-order").orElseThrow().offsetText(e)).isEqualTo("E-134");
        assertThat(s.milestone("executive-boards-formed").orElseThrow().offsetText(e)).isEqualTo("E-133..E-129");
        assertThat(s.milestone("majlis-preregistration").orElseThrow().offsetText(e)).isEqualTo("E-118..E-115");
        assertThat(s.milestone("experts-registration").orElseThrow().offsetText(e)).isEqualTo("E-112..E-106");
        assertThat(s.milestone("city-registration").orElseThrow().offsetText(e)).isEqualTo("E-110..E-104");
        assertThat(s.milestone("village-registration").orElseThrow().offsetText(e)).isEqualTo("E-77..E-71");
        assertThat(s.milestone("city-objections").orElseThrow().offsetText(e)).isEqualTo("E-68..E-65");
        assertThat(s.milestone("majlis-vetting").orElseThrow().offsetText(e)).isEqualTo("E-60..E-33");
        assertThat(s.milestone("campaign").orElseThrow().offsetText(e)).isEqualTo("E-8..E-1");
        assertThat(s.milestone("election-day").orElseThrow().offsetText(e)).isEqualTo("E");
        assertThat(s.milestone("sixth-councils-end").orElseThrow().offsetText(e)).isEqualTo("E+47");
        assertThat(s.milestone("seventh-councils-start").orElseThrow().offsetText(e)).isEqualTo("E+48");
    }

    @Test
    void cityRegistrationIsInDeyWithOfficeHours() {
        var city = load1405().milestone("city-registration").orElseThrow();
        assertThat(JalaliDate.of(city.window().start())).isEqualTo(new JalaliDate(1404, 10, 21));
        assertThat(JalaliDate.of(city.window().end())).isEqualTo(new JalaliDate(1404, 10, 27));
        assertThat(city.window().hours()).hasToString("08:00-16:00");
        assertThat(city.status()).isEqualTo(MilestoneStatus.SOURCED);
        assertThat(city.sources()).contains("S1");
        assertThat(load1405().milestone("campaign").orElseThrow().status()).isEqualTo(MilestoneStatus.OLD);
        assertThat(load1405().milestone("tehran-list-registration").orElseThrow().status()).isEqualTo(MilestoneStatus.UNSOURCED);
    }

    @Test
    void referencesAndOffsetsResolve() {
        var s = load1405();
        assertThat(s.milestone("city-criminal-record").orElseThrow().window().end()).isEqualTo(LocalDate.of(2026, 1, 17));
        var vetting = s.milestone("village-vetting").orElseThrow().window();
        assertThat(vetting.start()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(s.milestone("post-election-complaints").orElseThrow().window().start()).isEqualTo(LocalDate.of(2026, 5, 2));
    }

    @Test
    void anEndBeforeItsStartIsLocated() {
        String bad = text1405().replace("end: 1404/10/27", "end: 1404/10/20");
        assertThatThrownBy(() -> ScheduleFile.parse(bad, "bad.yaml"))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().getFirst().path()).isEqualTo("milestones[10].end");
                    assertThat(e.problems().getFirst().message()).contains("before it starts");
                });
    }

    @Test
    void anUnknownKeyReferencedIsLocated() {
        String bad = text1405().replace("end: city-registration.end", "end: city-registraton.end");
        assertThatThrownBy(() -> ScheduleFile.parse(bad, "bad.yaml"))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> assertThat(e.problems())
                        .extracting(ScheduleFileException.Problem::toString)
                        .containsExactly("milestones[2].end: unknown milestone key \"city-registraton\""));
    }

    @Test
    void aBadDateIsLocated() {
        String bad = text1405().replace("start: 1404/11/24", "start: 1404/13/24");
        assertThatThrownBy(() -> ScheduleFile.parse(bad, "bad.yaml"))
                .isInstanceOfSatisfying(ScheduleFileException.class, e ->
                        assertThat(e.problems().getFirst().path()).isEqualTo("milestones[14].start"));
    }

    @Test
    void aDuplicateKeyIsLocated() {
        String bad = text1405().replace("key: village-resignation", "key: city-resignation");
        assertThatThrownBy(() -> ScheduleFile.parse(bad, "bad.yaml"))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo("milestones[4].key");
                            assertThat(p.message()).contains("duplicate");
                        }));
    }

    @Test
    void anUnknownRoleOrStatusAndACycleAreLocated() {
        String bad = text1405().replace("actor: guardian-council", "actor: guardian")
                .replace("status: UNSOURCED\n    note: \"Not found in any", "status: MAYBE\n    note: \"Not found in any")
                .replace("start: 1404/09/28", "start: executive-boards-formed.end");
        assertThatThrownBy(() -> ScheduleFile.parse(bad, "bad.yaml"))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> assertThat(e.problems())
                        .extracting(ScheduleFileException.Problem::path)
                        .contains("milestones[17].actor", "milestones[21].status", "milestones[7].start"));
    }

    @Test
    void notYamlAtAllIsReported() {
        assertThatThrownBy(() -> ScheduleFile.parse("milestones: [", "x.yaml")).isInstanceOf(ScheduleFileException.class);
        assertThatThrownBy(() -> ScheduleFile.parse("election: 1", "x.yaml"))
                .isInstanceOfSatisfying(ScheduleFileException.class, e -> assertThat(e.problems())
                        .extracting(ScheduleFileException.Problem::path).contains("milestones"));
    }
}
