package org.entekhabat.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.entekhabat.stations.Stations;
import org.entekhabat.training.AttemptStatus;
import org.entekhabat.training.Question;
import org.entekhabat.training.QuizPaper;
import org.entekhabat.training.Role;
import org.entekhabat.training.Training;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Schedule a session, attend, take the quiz, pass: the county's readiness rises and the flag clears. */
@DatabaseTest
class ReadinessFlowTest {

    @Autowired Stations stations;
    @Autowired Training training;
    @Autowired Readiness readiness;
    @Autowired Users users;
    static final String PW = "readiness-pass-1405";
    @LocalServerPort int port;

    @Test
    void sessionQuizAndCertificateRaiseReadiness() throws Exception {
        var r = new Random();
        String county = "9" + (10 + r.nextInt(90)) + "000" + (10 + r.nextInt(90));
        String code = "ST-" + county + "-001";
        String user = "staff" + Math.abs(r.nextLong());
        String governor = "gov" + Math.abs(r.nextLong()), province = "prov" + Math.abs(r.nextLong());
        users.createBySystem(new NewUser(user, "عامل شعبه", org.entekhabat.identity.Role.STATION_STAFF,
                Jurisdiction.station(code), PW), "test");
        users.createBySystem(new NewUser(governor, "فرماندار", org.entekhabat.identity.Role.GOVERNOR,
                Jurisdiction.county(county), PW), "test");
        users.createBySystem(new NewUser(province, "ستاد استان", org.entekhabat.identity.Role.PROVINCIAL_HQ,
                Jurisdiction.province(county.substring(0, 3)), PW), "test");
        stations.importCsv(new StringReader("""
                code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices
                %s,شعبه,,%s,%s,C1,CITY,P1,FIXED,500,FIBRE,AUTH_TERMINAL:%s-A;VOTING_TERMINAL:%s-V
                """.formatted(code, county, county.substring(0, 3), code, code)), "test");
        stations.assign(code, user, "STATION_STAFF", "governor");

        var before = readiness.counties(null, county);
        assertThat(before).hasSize(1);
        assertThat(before.get(0).flaggedStations()).containsExactly(code);
        assertThat(before.get(0).passed(Role.STATION_STAFF)).isZero();

        var sessions = training.scheduleWeekly("station-staff", county, LocalDate.of(2026, 3, 7), LocalTime.of(10, 0), 4,
                "سالن فرمانداری", "آقای مربی", "governor");
        assertThat(sessions).hasSize(4);
        assertThat(sessions.get(1).startsAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        training.recordAttendance(sessions.get(0).id(), user, true, "trainer");
        assertThat(readiness.counties(null, county).get(0).trained(Role.STATION_STAFF)).isEqualTo(1);

        // first attempt: all wrong, fails; second: all right, passes
        QuizPaper first = training.startQuiz("station-staff", user);
        assertThat(first.questions()).hasSize(training.policy().questionsPerQuiz());
        assertThat(training.startQuiz("station-staff", user).attemptId()).isEqualTo(first.attemptId()); // resumes
        var failed = training.submitQuiz(first.attemptId(), user, answers(first, false));
        assertThat(failed.attempt().passed()).isFalse();
        assertThat(failed.attempt().status()).isEqualTo(AttemptStatus.SCORED);
        assertThat(failed.attemptsLeft()).isEqualTo(training.policy().maxAttempts() - 1);
        assertThatThrownBy(() -> training.submitQuiz(first.attemptId(), user, Map.of())).isInstanceOf(DomainException.class);

        QuizPaper second = training.startQuiz("station-staff", user);
        var staffBrowser = TestHttp.browser(port).login(user, PW);
        assertThat(ok(staffBrowser.get("/training/attempts/" + second.attemptId())))
                .contains(second.questions().get(0).text().replace("«", "").substring(0, 10)).contains("data-seconds");
        var passed = training.submitQuiz(second.attemptId(), user, answers(second, true));
        assertThat(passed.attempt().passed()).isTrue();
        assertThat(passed.certificate()).isPresent();
        assertThatThrownBy(() -> training.startQuiz("station-staff", user))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("already-passed"));

        var after = readiness.counties(null, county).get(0);
        assertThat(after.passed(Role.STATION_STAFF)).isEqualTo(1);
        assertThat(after.flaggedStations()).isEmpty();
        assertThat(after.staffedPercent()).isEqualTo(100);

        String cert = passed.certificate().get().code();
        var anonymous = TestHttp.api(port);
        assertThat(ok(anonymous.get("/api/public/certificates/" + cert))).contains(user);
        assertThat(ok(anonymous.get("/training/certificates/" + cert))).contains(cert).contains("گواهی");
        assertThat(ok(anonymous.get("/training/verify"))).contains("name=\"code\"");
        assertThat(anonymous.get("/training/verify?code=" + cert).headers().firstValue("Location").orElse(""))
                .endsWith("/training/certificates/" + cert);
        assertThat(ok(anonymous.get("/api/readiness/counties.csv?county=" + county, governor, PW)))
                .startsWith("province_id,county_id").contains(county + ",");
        assertThat(ok(anonymous.get("/api/readiness/counties?county=" + county, governor, PW))).contains("\"flaggedStations\":[]");
        assertThat(ok(anonymous.get("/api/readiness/counties", governor, PW))).as("default: the governor's county")
                .contains("\"countyId\":\"" + county + "\"");
        var provinceBrowser = TestHttp.browser(port).login(province, PW);
        assertThat(ok(provinceBrowser.get("/readiness?province=" + county.substring(0, 3)))).contains("آمادگی");
        assertThat(ok(provinceBrowser.get("/readiness/counties.csv"))).contains(county + ",");
        assertThat(ok(staffBrowser.get("/training"))).contains(cert);
        assertThat(staffBrowser.get("/readiness").statusCode()).as("station staff see no dashboard").isEqualTo(403);
        assertThat(ok(TestHttp.browser(port).login(governor, PW).get("/training/sessions/" + sessions.get(0).id()))).contains(user);
    }

    /** The quiz is always the signed-in user's: a name in the request is ignored, another's attempt refused. */
    @Test
    void quizzesAreTakenAsTheSignedInUser() {
        String me = "me" + Math.abs(new Random().nextLong()), other = "other" + Math.abs(new Random().nextLong());
        for (String u : new String[] {me, other}) {
            users.createBySystem(new NewUser(u, u, org.entekhabat.identity.Role.STATION_STAFF,
                    Jurisdiction.county("1000001"), PW), "test");
        }
        var api = TestHttp.api(port);
        var started = api.postJson("/api/training/quizzes", "{\"courseId\":\"it\",\"username\":\"" + other + "\"}", me, PW);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(started.body()).contains("\"username\":\"" + me + "\"");
        assertThat(training.attempts(other)).isEmpty();
        long attempt = training.attempts(me).get(0).id();
        var stolen = api.postJson("/api/training/attempts/" + attempt + "/submit", "{\"answers\":{}}", other, PW);
        assertThat(stolen.statusCode()).isEqualTo(403);
        assertThat(training.attempt(attempt).status()).isEqualTo(AttemptStatus.OPEN);
        assertThat(TestHttp.browser(port).login(other, PW).get("/training/attempts/" + attempt).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/training/attempts", me, PW).body()).contains("\"id\":" + attempt);
        assertThat(api.get("/api/training/attempts", other, PW).body()).isEqualTo("[]");
    }

    @Test
    void noMoreThanTheMaximumAttempts() {
        String user = "retaker" + Math.abs(new Random().nextLong());
        for (int i = 0; i < training.policy().maxAttempts(); i++) {
            var paper = training.startQuiz("it", user);
            training.submitQuiz(paper.attemptId(), user, Map.of());
        }
        assertThatThrownBy(() -> training.startQuiz("it", user))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("no-attempts-left"));
    }

    private Map<Long, Integer> answers(QuizPaper paper, boolean right) {
        var bank = new HashMap<Long, Question>();
        training.questions(paper.courseId()).forEach(q -> bank.put(q.id(), q));
        var out = new HashMap<Long, Integer>();
        for (var item : paper.questions()) {
            int correct = bank.get(item.id()).correct();
            out.put(item.id(), right ? correct : (correct + 1) % item.options().size());
        }
        return out;
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(200);
        return r.body();
    }
}
