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
import org.entekhabat.registry.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API and the Persian pages over HTTP, with the default (configured) registration window. */
@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.fixed=2026-01-12T06:00:00Z") // inside the city window, 09:30 Tehran
class CandidacyWebTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort int port;
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String csrf;

    @BeforeEach
    void session() throws Exception {
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
        var form = "_csrf=" + csrf + "&action=check&nationalCode=" + p.code().value() + "&constituencyId=demo-city-large"
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
                {"nationalCode":"%s","firstName":"%s","lastName":"%s","birthDate":"%s","constituencyId":"demo-city-small",
                 "education":"BACHELOR","educationCertificateCode":"12345678901234567890","criminalRecordIssuedOn":"2025-12-01",
                 "answers":{"occupation":"کشاورز"}}""".formatted(p.code().value(), p.firstName(), p.lastName(), p.birthDate());

        var findings = postJson("/api/candidacy/findings", draftJson);
        assertThat(findings.statusCode()).as(findings.body()).isEqualTo(200);
        assertThat(findings.body()).contains("\"rule\":\"age\"").contains("\"status\":\"MET\"");

        var created = postJson("/api/candidacy/drafts", draftJson);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();

        var early = postJson("/api/candidacy/drafts/" + id + "/submit", "");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("candidacy.not-ready").contains("message_fa");

        var bad = upload(id, "PHOTO", "x.png", "image/png", "not an image".getBytes());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("https://entekhabat.org/problems/document.type");

        for (String t : new String[] {"EDUCATION_CERTIFICATE", "CRIMINAL_RECORD_CERTIFICATE"}) {
            assertThat(upload(id, t, "d.pdf", "application/pdf", Candidates.PDF).statusCode()).isEqualTo(200);
        }
        assertThat(upload(id, "PHOTO", "p.png", "image/png", Candidates.PNG).statusCode()).isEqualTo(200);

        var submitted = postJson("/api/candidacy/drafts/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode s = JSON.readTree(submitted.body());
        String tracking = s.get("trackingId").asString();
        assertThat(TrackingId.isValid(tracking)).isTrue();

        var status = get("/api/candidacy/applications/" + tracking);
        assertThat(status.body()).contains("\"status\":\"SUBMITTED\"");
        var page = get("/candidate/status/" + tracking);
        assertThat(page.body()).contains(tracking).contains("data-status=\"SUBMITTED\"");

        var withdrawn = postJson("/api/candidacy/applications/" + tracking + "/withdraw",
                "{\"nationalCode\":\"" + p.code().value() + "\",\"reason\":\"x\"}");
        assertThat(withdrawn.body()).contains("\"status\":\"WITHDRAWN\"");
        assertThat(get("/api/candidacy/statistics").statusCode()).isEqualTo(200);
        assertThat(get("/api/candidacy/applications/AAAA-AAAA-A").statusCode()).isEqualTo(404);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> upload(String id, String type, String name, String contentType, byte[] content) throws Exception {
        String boundary = "----entekhabat" + System.nanoTime();
        var out = new ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: "
                + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/candidacy/drafts/" + id + "/documents/" + type))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    HttpResponse<String> send(HttpRequest r) throws Exception {
        return http.send(r, HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
