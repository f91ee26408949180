package org.entekhabat.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.registry.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API and the Persian pages over HTTP, with the schedule's registration window. Candidates have no
 * account: drafts and applications are reached with the national code (X-National-Code); statistics need HQ.
 */
@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.fixed=2026-01-12T06:00:00Z") // inside the city window, 09:30 Tehran
class CandidacyWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort int port;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String csrf;
    @Autowired GeographyImports imports;
    @Autowired Elections elections;
    @Autowired Users users;

    @BeforeEach
    void session() throws Exception {
        ElectionFixture.load(imports, elections);
        var page = get("/candidate/register");
        assertThat(page.statusCode()).isEqualTo(200);
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        csrf = m.group(1);
    }

    @Test
    void theRegistrationPageIsPersianAndLabelled() throws Exception {
        var body = get("/candidate/register").body();
        assertThat(body).contains("dir=\"rtl\"").contains("ثبت‌نام داوطلبان").contains("<label for=\"nationalCode\"");
        assertThat(get("/candidate/register?lang=en").body()).contains("Candidate registration");
    }

    @Test
    void theFormShowsFindingsWithoutSaving() throws Exception {
        Person p = Candidates.person(LocalDate.of(2026, 1, 12), Person.Sex.MALE);
        var form = "_csrf=" + csrf + "&action=check&nationalCode=" + p.code().value() + "&constituencyId=" + ElectionFixture.ARAK
                + "&education=DIPLOMA&educationCode=123";
        var r = send(HttpRequest.newBuilder(uri("/candidate/register")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data-rule=\"education\" data-kind=\"NOT_MET\"").contains("لیسانس");
    }

    @Test
    void apiDraftDocumentsSubmitStatusWithdraw() throws Exception {
        Person p = Candidates.person(LocalDate.of(2026, 1, 12), Person.Sex.FEMALE);
        String draftJson = """
                {"nationalCode":"%s","firstName":"%s","lastName":"%s","birthDate":"%s","constituencyId":"%s",
                 "education":"BACHELOR","educationCertificateCode":"12345678901234567890","criminalRecordIssuedOn":"2025-12-01",
                 "answers":{"occupation":"کشاورز"}}""".formatted(p.code().value(), p.firstName(), p.lastName(), p.birthDate(), ElectionFixture.KARCHAN);
        String nc = p.code().value();

        var findings = postJson("/api/candidacy/findings", draftJson);
        assertThat(findings.statusCode()).as(findings.body()).isEqualTo(200);
        assertThat(findings.body()).contains("\"rule\":\"age\"").contains("\"status\":\"MET\"");

        var created = postJson("/api/candidacy/drafts", draftJson);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();

        assertThat(get("/api/candidacy/drafts/" + id).statusCode()).isEqualTo(400); // no national code header
        assertThat(get("/api/candidacy/drafts/" + id, Candidates.person(LocalDate.of(2026, 1, 12), Person.Sex.MALE).code().value())
                .statusCode()).isEqualTo(404); // somebody else's code: as if it did not exist
        assertThat(get("/api/candidacy/drafts/" + id, nc).statusCode()).isEqualTo(200);

        var early = postJson("/api/candidacy/drafts/" + id + "/submit", "", nc);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("candidacy.not-ready").contains("message_fa");

        var bad = upload(id, nc, "PHOTO", "x.png", "image/png", "not an image".getBytes());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("https://entekhabat.org/problems/document.type");

        for (String t : new String[] {"EDUCATION_CERTIFICATE", "CRIMINAL_RECORD_CERTIFICATE"}) {
            assertThat(upload(id, nc, t, "d.pdf", "application/pdf", Candidates.PDF).statusCode()).isEqualTo(200);
        }
        assertThat(upload(id, nc, "PHOTO", "p.png", "image/png", Candidates.PNG).statusCode()).isEqualTo(200);

        var submitted = postJson("/api/candidacy/drafts/" + id + "/submit", "", nc);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode s = JSON.readTree(submitted.body());
        String tracking = s.get("trackingId").asString();
        assertThat(TrackingId.isValid(tracking)).isTrue();

        var status = get("/api/candidacy/applications/" + tracking, nc);
        assertThat(status.body()).contains("\"status\":\"SUBMITTED\"");
        assertThat(get("/api/candidacy/applications/" + tracking).statusCode()).isEqualTo(400);

        // the vetting case opened with the submission: five inquiries are out
        var timeline = JSON.readTree(get("/api/candidate/status/" + tracking, nc).body());
        assertThat(timeline.get("stage").asString()).isEqualTo("INQUIRIES_PENDING");
        assertThat(timeline.get("inquiries").size()).isEqualTo(5);
        var ask = get("/candidate/status/" + tracking);
        assertThat(ask.body()).contains(tracking).contains("name=\"nationalCode\"").doesNotContain(p.lastName());
        var page = postForm("/candidate/status/" + tracking, "nationalCode=" + nc);
        assertThat(page.body()).contains(tracking).contains("data-status=\"SUBMITTED\"").contains(p.lastName())
                .contains("data-stage=\"INQUIRIES_PENDING\"");
        var wrong = postForm("/candidate/status/" + tracking, "nationalCode=0012345679");
        assertThat(wrong.body()).doesNotContain(p.lastName()).contains("data-testid=\"error\"");

        var withdrawn = postJson("/api/candidacy/applications/" + tracking + "/withdraw",
                "{\"nationalCode\":\"" + p.code().value() + "\",\"reason\":\"x\"}");
        assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"");
        assertThat(get("/api/candidacy/applications/AAAA-AAAA-A", nc).statusCode()).isEqualTo(404);
    }

    @Test
    void statisticsNeedHqOrAGovernorWithinTheirJurisdiction() {
        String suffix = Long.toString(System.nanoTime(), 36);
        users.createBySystem(new NewUser("hq-" + suffix, "hq", Role.NATIONAL_HQ, Jurisdiction.NATION, "stats-pass-1405"), "test");
        users.createBySystem(new NewUser("gov-" + suffix, "gov", Role.GOVERNOR, Jurisdiction.county("1000006"), "stats-pass-1405"), "test");
        users.createBySystem(new NewUser("staff-" + suffix, "staff", Role.STATION_STAFF, Jurisdiction.county("1000001"), "stats-pass-1405"), "test");
        var api = TestHttp.api(port);
        assertThat(api.get("/api/candidacy/statistics").statusCode()).isEqualTo(401);
        assertThat(api.get("/api/candidacy/statistics", "staff-" + suffix, "stats-pass-1405").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/candidacy/statistics?constituency=" + ElectionFixture.ARAK, "hq-" + suffix, "stats-pass-1405").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/candidacy/statistics", "gov-" + suffix, "stats-pass-1405").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/candidacy/statistics?constituency=" + ElectionFixture.ARAK, "gov-" + suffix, "stats-pass-1405").statusCode())
                .isEqualTo(403); // Arak is not the Saveh governor's county
        var page = TestHttp.browser(port).login("hq-" + suffix, "stats-pass-1405").get("/candidacy/statistics");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"stats-bySex\"").contains("data-testid=\"total\"");
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> get(String path, String nationalCode) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("X-National-Code", nationalCode).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postJson(String path, String json, String nationalCode) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("X-National-Code", nationalCode)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> postForm(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&" + form)).build());
    }

    HttpResponse<String> upload(String id, String nationalCode, String type, String name, String contentType, byte[] content) throws Exception {
        String boundary = "----entekhabat" + System.nanoTime();
        var out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: "
                + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/candidacy/drafts/" + id + "/documents/" + type))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-National-Code", nationalCode)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
