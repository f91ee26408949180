package org.entekhabat.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.audit.AuditFilter;
import org.entekhabat.audit.AuditLog;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.Person;
import org.entekhabat.vetting.Board;
import org.entekhabat.vetting.BoardVote;
import org.entekhabat.vetting.CandidateStatus;
import org.entekhabat.vetting.Decision;
import org.entekhabat.vetting.FinalLists;
import org.entekhabat.vetting.LegalGround;
import org.entekhabat.vetting.TehranListService;
import org.entekhabat.vetting.Verdict;
import org.entekhabat.vetting.VettingService;
import org.entekhabat.vetting.VettingStage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole path on PostgreSQL, through the services, with the schedule's real windows and a clock the test
 * moves: a city, a village and Tehran-list candidates register inside their windows → the five inquiries go out
 * on submission → executive board → county supervisory board → initial result → (the city candidate) objection
 * → provincial board → final → seeded code draw → Tehran list and its code → final lists published, exported,
 * and each candidate's own timeline.
 */
@DatabaseTest
@Import(WholePathContext.class)
@TestPropertySource(properties = "entekhabat.vetting.simulator.delay=PT1H")
class CandidacyWholePathTest {

    static final BoardVote EXEC = new BoardVote(Set.of("e1", "e2", "e3", "e4", "e5", "e6", "e7"), Set.of("e1", "e2", "e3", "e4", "e5"));
    static final BoardVote COUNTY = new BoardVote(Set.of("c1", "c2", "c3"), Set.of("c1", "c2"));
    static final BoardVote PROVINCE = new BoardVote(Set.of("p1", "p2", "p3", "p4", "p5"), Set.of("p1", "p2", "p3"));

    @Autowired WholePathContext.MovableClock clock;
    @Autowired GeographyImports imports;
    @Autowired Elections elections;
    @Autowired CandidateRegistrations registrations;
    @Autowired VettingService vetting;
    @Autowired TehranListService lists;
    @Autowired FinalLists finalLists;
    @Autowired CandidateStatus status;
    @Autowired AuditLog audit;
    @LocalServerPort int port;

    @Test
    void registerVetObjectDrawListPublish() {
        ElectionFixture.load(imports, elections);
        String city = ElectionFixture.SAVEH;
        String village = registrations.constituenciesInCounty(1000006).stream()
                .filter(c -> c.councilType() == CouncilType.VILLAGE).findFirst().orElseThrow().id();
        String tehran = ElectionFixture.TEHRAN;

        // --- registration, inside and outside the schedule's windows (city 1404/10/21–27, 08:00–16:00)
        clock.set("2026-01-12T12:31:00Z"); // 1404/10/22 16:01 Tehran
        Person late = Candidates.person(LocalDate.of(2026, 1, 12), Person.Sex.FEMALE);
        var afterHours = refused(() -> registrations.register(Candidates.draft(late, city), Candidates.documents(late)), "candidacy.window-closed");
        assertThat(afterHours.messageFa()).startsWith("ثبت‌نام داوطلبان شوراهای شهر فقط").contains("۲۱ دی ۱۴۰۴").contains("۱۶");
        clock.set("2026-01-18T06:00:00Z"); // 1404/10/28, the day after the window
        refused(() -> registrations.register(Candidates.draft(late, city), Candidates.documents(late)), "candidacy.window-closed");
        assertThat(registrations.applicationsOf(city)).noneMatch(a -> a.nationalCode().equals(late.code().value()));

        clock.set("2026-01-17T12:29:00Z"); // last day, 15:59 Tehran: still open
        Person cp = Candidates.person(LocalDate.of(2026, 1, 17), Person.Sex.MALE);
        var c = registrations.register(Candidates.draft(cp, city), Candidates.documents(cp));
        var tehranPeople = List.of(Candidates.person(LocalDate.of(2026, 1, 17), Person.Sex.FEMALE),
                Candidates.person(LocalDate.of(2026, 1, 17), Person.Sex.MALE), Candidates.person(LocalDate.of(2026, 1, 17), Person.Sex.FEMALE),
                Candidates.person(LocalDate.of(2026, 1, 17), Person.Sex.MALE));
        var t = tehranPeople.stream().map(p -> registrations.register(Candidates.draft(p, tehran), Candidates.documents(p))).toList();
        refused(() -> registrations.register(Candidates.draft(late, village), Candidates.documents(late)), "candidacy.window-closed");
        clock.set("2026-02-14T05:00:00Z"); // 1404/11/25 08:30: the village window
        Person vp = Candidates.person(LocalDate.of(2026, 2, 14), Person.Sex.FEMALE);
        var v = registrations.register(Candidates.draft(vp, village), Candidates.documents(vp));

        // --- the case opened on submission and the five inquiries went out
        for (var a : concat(List.of(c, v), t)) {
            assertThat(vetting.find(a.trackingId())).get().extracting(x -> x.stage()).isEqualTo(VettingStage.INQUIRIES_PENDING);
            assertThat(vetting.inquiries(a.trackingId())).hasSize(5);
        }

        // --- city and Tehran: boards act after the inquiry period (10 days) has passed
        clock.set("2026-01-28T06:00:00Z");
        for (var a : List.of(c)) {
            vetting.executiveDecision(a.trackingId(), Decision.reject(Board.EXECUTIVE, List.of(LegalGround.A37_EDUCATION),
                    "مدرک کارشناسی ارشد ارائه‌شده در سامانهٔ کد صحت یافت نشد.", EXEC, clock.instant()));
            vetting.countyReview(a.trackingId(), Decision.reject(Board.COUNTY_SUPERVISORY, List.of(LegalGround.A37_EDUCATION),
                    "نظر هیأت اجرایی تأیید می‌شود.", COUNTY, clock.instant()));
            vetting.publishInitialResult(a.trackingId(), "governor:saveh");
        }
        for (var a : t) approveThrough(a.trackingId(), "governor:tehran");
        clock.set("2026-01-30T06:00:00Z");
        vetting.object(c.trackingId(), "کد صحت مدرک من در پیوست است؛ مدرک معتبر است.");
        clock.set("2026-02-05T06:00:00Z");
        vetting.provincialDecision(c.trackingId(), Decision.approve(Board.PROVINCIAL_SUPERVISORY,
                "استعلام دوباره از سامانهٔ کد صحت، اعتبار مدرک را تأیید کرد.", PROVINCE, clock.instant()));
        vetting.finalise(c.trackingId(), "province:markazi");

        // --- village
        clock.set("2026-03-02T06:00:00Z");
        approveThrough(v.trackingId(), "governor:saveh");

        // --- codes: seeded public draws, reproducible
        var cityCodes = vetting.drawCandidateCodes(city, "public-seed-saveh", 10, "governor:saveh");
        var tehranCodes = vetting.drawCandidateCodes(tehran, "public-seed-tehran", 10, "governor:tehran");
        vetting.drawCandidateCodes(village, "public-seed-village", 10, "governor:saveh");
        assertThat(cityCodes.reproducible()).isTrue();
        assertThat(tehranCodes.codes()).hasSize(4);

        // --- Tehran list: only inside its window, approved candidates only, then the list code above all candidate codes
        var members = t.subList(0, 3).stream().map(CandidateApplication::trackingId).toList();
        refused(() -> lists.register(tehran, "فهرست آزمون", "حزب آزمون", members, "party-rep", false), "schedule.outside-window");
        clock.set("2026-03-18T06:00:00Z"); // E-44
        refused(() -> lists.register(tehran, "فهرست ناقص", "", List.of(members.get(0), c.trackingId(), members.get(1)), "party-rep", false),
                "tehran-list.not-approved");
        lists.register(tehran, "فهرست آزمون", "حزب آزمون", members, "party-rep", false);
        refused(() -> lists.register(tehran, "فهرست دوم", "", List.of(members.get(0), members.get(1), t.get(3).trackingId()), "party-rep", false),
                "tehran-list.already-listed");
        var listCodes = lists.drawListCodes(tehran, "public-seed-lists", "governor:tehran");
        int listCode = listCodes.codes().get("فهرست آزمون");
        assertThat(listCode).isGreaterThan(tehranCodes.codes().values().stream().mapToInt(Integer::intValue).max().orElseThrow());

        // --- final lists in their window (E-11..E-9); withdrawal ends then
        refused(() -> finalLists.publish(city, "governor:saveh", false), "schedule.outside-window");
        clock.set("2026-04-20T06:00:00Z");
        for (String k : List.of(city, tehran, village)) finalLists.publish(k, "governor", false);
        refused(() -> registrations.withdraw(c.trackingId(), cp.code().value(), "دیر"), "candidacy.list-final");

        // --- each candidate's own timeline
        var cityTimeline = status.timeline(c.trackingId(), cp.code().value());
        assertThat(cityTimeline.decisions()).extracting(Decision::board)
                .containsExactly(Board.EXECUTIVE, Board.COUNTY_SUPERVISORY, Board.PROVINCIAL_SUPERVISORY);
        assertThat(cityTimeline.decisions().getFirst().grounds()).containsExactly(LegalGround.A37_EDUCATION);
        assertThat(cityTimeline.objection().text()).contains("کد صحت");
        assertThat(cityTimeline.initial().verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(cityTimeline.finalVerdict()).isEqualTo(Verdict.APPROVED);
        assertThat(cityTimeline.code()).isEqualTo(cityCodes.codes().get(c.trackingId()));
        assertThat(cityTimeline.inquiries()).hasSize(5);
        var member = status.timeline(members.getFirst(), tehranPeople.getFirst().code().value());
        assertThat(member.listTitle()).isEqualTo("فهرست آزمون");
        assertThat(member.listCode()).isEqualTo(listCode);
        assertThat(status.timeline(v.trackingId(), vp.code().value()).code()).isNotNull();
        assertThat(status.timeline(t.get(3).trackingId(), tehranPeople.get(3).code().value()).listTitle()).isNull(); // individual
        refused(() -> status.timeline(c.trackingId(), vp.code().value()), "candidate-status.not-found");

        // --- public exports
        var api = TestHttp.api(port);
        var json = api.get("/api/public/candidates/" + tehran + ".json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("فهرست آزمون").contains("\"listCode\":" + listCode).contains(tehranPeople.get(3).lastName())
                .doesNotContain(tehranPeople.get(3).code().value());
        var csv = api.get("/api/public/candidates/" + city + ".csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("code,first_name,last_name,list_code,list_title").contains(cp.lastName());
        assertThat(api.get("/candidates/" + tehran).body()).contains("فهرست آزمون").contains(tehranPeople.get(0).lastName());
        assertThat(api.get("/api/public/candidates/" + ElectionFixture.KARCHAN + ".json").statusCode()).isEqualTo(404);
        assertThat(audit.entries(new AuditFilter(null, "vetting.final-list-published", "constituency:" + city), 0, 5).total()).isEqualTo(1);
    }

    private void approveThrough(String candidate, String governor) {
        vetting.executiveDecision(candidate, Decision.approve(Board.EXECUTIVE, "", EXEC, clock.instant()));
        vetting.countyReview(candidate, Decision.approve(Board.COUNTY_SUPERVISORY, "شرایط مادهٔ ۳۷ احراز شد.", COUNTY, clock.instant()));
        vetting.publishInitialResult(candidate, governor);
        vetting.finalise(candidate, governor);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        var all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static DomainException refused(Runnable r, String code) {
        return CandidateRegistrationsTest.refused(r, code);
    }
}
