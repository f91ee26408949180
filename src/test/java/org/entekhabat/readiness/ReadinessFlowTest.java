package org.entekhabat.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.entekhabat.DatabaseTest;
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
    @LocalServerPort int port;

    @Test
    void sessionQuizAndCertificateRaiseReadiness() throws Exception {
        var r = new Random();
        String county = "9" + (10 + r.nextInt(90)) + (1000 + r.nextInt(9000));
        String code = "ST-" + county + "-001";
        String user = "staff" + Math.abs(r.nextLong());
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
        assertThat(get("/training/attempts/" + second.attemptId() + "?username=" + user))
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
        assertThat(get("/api/public/certificates/" + cert)).contains(user);
        assertThat(get("/training/certificates/" + cert)).contains(cert).contains("گواهی");
        assertThat(get("/api/readiness/counties.csv?county=" + county))
                .startsWith("province_id,county_id").contains(county + ",");
        assertThat(get("/api/readiness/counties?county=" + county)).contains("\"flaggedStations\":[]");
        assertThat(get("/readiness?province=" + county.substring(0, 3))).contains("آمادگی");
        assertThat(get("/training?username=" + user)).contains(cert);
        assertThat(get("/training/sessions/" + sessions.get(0).id())).contains(user);
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

    private String get(String path) throws Exception {
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return r.body();
    }
}
