package org.entekhabat.candidacy.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entekhabat.candidacy.ApplicationStatus;
import org.entekhabat.candidacy.CandidateApplication;
import org.entekhabat.candidacy.CandidateFacts;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.candidacy.CouncilType;
import org.entekhabat.candidacy.DocumentType;
import org.entekhabat.candidacy.EducationLevel;
import org.entekhabat.candidacy.Sex;
import org.entekhabat.candidacy.UploadedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of candidate_application, candidate_document and candidate_list_final. */
@Repository
public class ApplicationStore {

    private static final String COLUMNS = """
            id, tracking_id, national_code, first_name, last_name, birth_date, sex, constituency_id, constituency_name,
            council_type, population, households, tehran_list_pr, education, education_code, prior_council_member,
            facts::text as facts, answers::text as answers, status, created_at, updated_at, submitted_at, withdrawn_at,
            province_id, county_id, origin""";

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record the service writes: the person, the constituency and the facts. */
    public record Row(UUID id, String nationalCode, String firstName, String lastName, CandidateFacts facts,
                      java.util.Map<String, String> answers) {}

    public void insert(Row r, Instant now) {
        insert(r, now, "ONLINE");
    }

    /** @param origin ONLINE or IMPORT */
    public void insert(Row r, Instant now, String origin) {
        var f = r.facts();
        var c = f.constituency();
        jdbc.sql("""
                insert into candidate_application (id, national_code, first_name, last_name, birth_date, sex, constituency_id,
                  constituency_name, council_type, population, households, tehran_list_pr, education, education_code,
                  prior_council_member, facts, answers, status, created_at, updated_at, province_id, county_id, origin)
                values (:id, :code, :first, :last, :birth, :sex, :cid, :cname, :ctype, :pop, :hh, :pr, :edu, :educode,
                  :prior, cast(:facts as jsonb), cast(:answers as jsonb), 'DRAFT', :now, :now, :prov, :county, :origin)""")
                .param("prov", c.provinceId() == 0 ? null : c.provinceId()).param("county", c.countyId() == 0 ? null : c.countyId())
                .param("origin", origin)
                .param("id", r.id()).param("code", r.nationalCode()).param("first", r.firstName()).param("last", r.lastName())
                .param("birth", f.birthDate()).param("sex", f.sex().name()).param("cid", c.id()).param("cname", c.name())
                .param("ctype", c.councilType().name()).param("pop", c.population()).param("hh", c.households())
                .param("pr", c.tehranListPr()).param("edu", f.education() == null ? null : f.education().name())
                .param("educode", f.educationCertificateCode()).param("prior", f.priorCouncilMember())
                .param("facts", stored(f).toJson()).param("answers", StoredFacts.answersToJson(r.answers()))
                .param("now", Timestamp.from(now)).update();
    }

    public void update(Row r, Instant now) {
        var f = r.facts();
        var c = f.constituency();
        jdbc.sql("""
                update candidate_application set first_name = :first, last_name = :last, constituency_id = :cid,
                  constituency_name = :cname, council_type = :ctype, population = :pop, households = :hh, tehran_list_pr = :pr,
                  education = :edu, education_code = :educode, prior_council_member = :prior, facts = cast(:facts as jsonb),
                  answers = cast(:answers as jsonb), updated_at = :now, province_id = :prov, county_id = :county
                where id = :id and status = 'DRAFT'""")
                .param("prov", c.provinceId() == 0 ? null : c.provinceId()).param("county", c.countyId() == 0 ? null : c.countyId())
                .param("id", r.id()).param("first", r.firstName()).param("last", r.lastName())
                .param("cid", c.id()).param("cname", c.name())
                .param("ctype", c.councilType().name()).param("pop", c.population()).param("hh", c.households())
                .param("pr", c.tehranListPr()).param("edu", f.education() == null ? null : f.education().name())
                .param("educode", f.educationCertificateCode()).param("prior", f.priorCouncilMember())
                .param("facts", stored(f).toJson()).param("answers", StoredFacts.answersToJson(r.answers()))
                .param("now", Timestamp.from(now)).update();
    }

    public void storeDocument(UUID applicationId, UploadedDocument doc, String contentType, Instant now) {
        jdbc.sql("""
                insert into candidate_document (application_id, doc_type, file_name, content_type, size_bytes, sha256, content, uploaded_at)
                values (:id, :type, :name, :ctype, :size, :sha, :content, :now)
                on conflict (application_id, doc_type) do update set file_name = excluded.file_name,
                  content_type = excluded.content_type, size_bytes = excluded.size_bytes, sha256 = excluded.sha256,
                  content = excluded.content, uploaded_at = excluded.uploaded_at""")
                .param("id", applicationId).param("type", doc.type().name()).param("name", doc.fileName())
                .param("ctype", contentType).param("size", doc.content().length).param("sha", sha256(doc.content()))
                .param("content", doc.content()).param("now", Timestamp.from(now)).update();
    }

    public Optional<byte[]> documentContent(UUID applicationId, DocumentType type) {
        return jdbc.sql("select content from candidate_document where application_id = :id and doc_type = :type")
                .param("id", applicationId).param("type", type.name()).query(byte[].class).optional();
    }

    public Optional<CandidateApplication> byId(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from candidate_application where id = :id").param("id", id)
                .query(this::map).optional().map(this::withDocuments);
    }

    public Optional<CandidateApplication> byTrackingId(String trackingId) {
        return jdbc.sql("select " + COLUMNS + " from candidate_application where tracking_id = :t").param("t", trackingId)
                .query(this::map).optional().map(this::withDocuments);
    }

    /** The live (not withdrawn) application of this person for this council type, other than {@code except}. */
    public Optional<CandidateApplication> liveFor(String nationalCode, CouncilType type, UUID except) {
        return jdbc.sql("select " + COLUMNS + " " + """
                         from candidate_application where national_code = :code and council_type = :type
                         and status <> 'WITHDRAWN' and id <> :except""")
                .param("code", nationalCode).param("type", type.name()).param("except", except)
                .query(this::map).optional();
    }

    /** Submitted and withdrawn applications of a constituency, without their documents, by name. */
    public List<CandidateApplication> ofConstituency(String constituencyId) {
        return jdbc.sql("select " + COLUMNS + " from candidate_application where constituency_id = :k and status <> 'DRAFT' "
                        + "order by last_name, first_name, tracking_id")
                .param("k", constituencyId).query(this::map).list();
    }

    /** Any live (not withdrawn) application of this person for a council type. */
    public Optional<CandidateApplication> liveFor(String nationalCode, CouncilType type) {
        return jdbc.sql("select " + COLUMNS + " from candidate_application where national_code = :code and council_type = :type "
                        + "and status <> 'WITHDRAWN'")
                .param("code", nationalCode).param("type", type.name()).query(this::map).optional();
    }

    public boolean trackingIdTaken(String trackingId) {
        return jdbc.sql("select count(*) from candidate_application where tracking_id = :t").param("t", trackingId)
                .query(Long.class).single() > 0;
    }

    public void markSubmitted(UUID id, String trackingId, Instant now) {
        jdbc.sql("""
                update candidate_application set status = 'SUBMITTED', tracking_id = :t, submitted_at = :now, updated_at = :now
                where id = :id and status = 'DRAFT'""")
                .param("id", id).param("t", trackingId).param("now", Timestamp.from(now)).update();
    }

    public void markWithdrawn(UUID id, String reason, Instant now) {
        jdbc.sql("""
                update candidate_application set status = 'WITHDRAWN', withdrawn_at = :now, updated_at = :now, withdrawal_reason = :r
                where id = :id and status <> 'WITHDRAWN'""")
                .param("id", id).param("r", reason).param("now", Timestamp.from(now)).update();
    }

    public boolean listFinal(String constituencyId, CouncilType type) {
        return jdbc.sql("select count(*) from candidate_list_final where constituency_id = :c and council_type = :t")
                .param("c", constituencyId).param("t", type.name()).query(Long.class).single() > 0;
    }

    public void markListFinal(String constituencyId, CouncilType type, String actor, Instant now) {
        jdbc.sql("""
                insert into candidate_list_final (constituency_id, council_type, finalized_at, finalized_by)
                values (:c, :t, :now, :actor) on conflict do nothing""")
                .param("c", constituencyId).param("t", type.name()).param("now", Timestamp.from(now)).param("actor", actor).update();
    }

    public long count(UUID id) {
        return jdbc.sql("select count(*) from candidate_application where id = :id").param("id", id).query(Long.class).single();
    }

    public long countDocuments(UUID id) {
        return jdbc.sql("select count(*) from candidate_document where application_id = :id").param("id", id).query(Long.class).single();
    }

    private CandidateApplication withDocuments(CandidateApplication a) {
        var docs = jdbc.sql("""
                select doc_type, file_name, content_type, size_bytes, sha256, uploaded_at from candidate_document
                where application_id = :id order by doc_type""").param("id", a.id())
                .query((rs, n) -> new CandidateApplication.Document(DocumentType.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
        return new CandidateApplication(a.id(), a.trackingId(), a.nationalCode(), a.firstName(), a.lastName(), a.constituency(),
                a.status(), a.facts(), a.answers(), docs, a.createdAt(), a.updatedAt(), a.submittedAt(), a.withdrawnAt(), a.imported());
    }

    private CandidateApplication map(ResultSet rs, int n) throws SQLException {
        var c = new Constituency(rs.getString("constituency_id"), rs.getString("constituency_name"),
                CouncilType.valueOf(rs.getString("council_type")), rs.getLong("population"), rs.getLong("households"),
                rs.getBoolean("tehran_list_pr"), rs.getInt("province_id"), rs.getLong("county_id"));
        var s = StoredFacts.fromJson(rs.getString("facts"));
        String edu = rs.getString("education");
        var facts = new CandidateFacts(c, rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                edu == null ? null : EducationLevel.valueOf(edu), rs.getString("education_code"), s.allowances(), s.heldOffices(),
                s.militaryService(), s.criminalRecordIssuedOn(), rs.getBoolean("prior_council_member"));
        return new CandidateApplication(rs.getObject("id", UUID.class), rs.getString("tracking_id"), rs.getString("national_code"),
                rs.getString("first_name"), rs.getString("last_name"), c, ApplicationStatus.valueOf(rs.getString("status")), facts,
                StoredFacts.answersFromJson(rs.getString("answers")), List.of(), instant(rs, "created_at"),
                instant(rs, "updated_at"), instant(rs, "submitted_at"), instant(rs, "withdrawn_at"), "IMPORT".equals(rs.getString("origin")));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static StoredFacts stored(CandidateFacts f) {
        return new StoredFacts(f.allowances(), f.heldOffices(), f.militaryService(), f.criminalRecordIssuedOn());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
