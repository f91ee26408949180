package org.entekhabat.training.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entekhabat.training.Attempt;
import org.entekhabat.training.AttemptStatus;
import org.entekhabat.training.Certificate;
import org.entekhabat.training.Course;
import org.entekhabat.training.Question;
import org.entekhabat.training.Role;
import org.entekhabat.training.TrainingSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training data in PostgreSQL. */
@Repository
public class TrainingRepository {

    private static final String FILTER = " (cast(:p as text) is null or t.province_id = :p)"
            + " and (cast(:c as text) is null or t.county_id = :c) ";

    private final JdbcClient jdbc;

    public TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Course> courses() {
        return jdbc.sql("select * from training_course order by position").query((rs, n) -> course(rs)).list();
    }

    public Optional<Course> course(String id) {
        return jdbc.sql("select * from training_course where id = :id").param("id", id).query((rs, n) -> course(rs)).optional();
    }

    private static Course course(ResultSet rs) throws SQLException {
        return new Course(rs.getString("id"), Role.valueOf(rs.getString("role")), rs.getString("title_fa"),
                rs.getString("title_en"), rs.getString("description_fa"));
    }

    public List<Question> questions(String courseId) {
        return jdbc.sql("select * from training_question where course_id = :c order by position").param("c", courseId)
                .query((rs, n) -> question(rs)).list();
    }

    public List<Question> questionsById(List<Long> ids) {
        var byId = new HashMap<Long, Question>();
        jdbc.sql("select * from training_question where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> question(rs)).list().forEach(q -> byId.put(q.id(), q));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static Question question(ResultSet rs) throws SQLException {
        return new Question(rs.getLong("id"), rs.getString("course_id"), rs.getString("topic"), rs.getString("text"),
                Arrays.asList((String[]) rs.getArray("options").getArray()), rs.getInt("correct"));
    }

    // ---- sessions, trainees, attendance

    public long addSession(String courseId, String countyId, String provinceId, LocalDateTime at, String place,
                           String trainer, Instant now, String by) {
        return jdbc.sql("""
                insert into training_session (course_id, county_id, province_id, starts_at, place, trainer, created_at, created_by)
                values (:course, :county, :province, :at, :place, :trainer, :now, :by) returning id
                """).param("course", courseId).param("county", countyId).param("province", provinceId)
                .param("at", Timestamp.valueOf(at)).param("place", place).param("trainer", trainer)
                .param("now", Timestamp.from(now)).param("by", by).query(Long.class).single();
    }

    public Optional<TrainingSession> session(long id) {
        return jdbc.sql("select * from training_session where id = :id").param("id", id).query((rs, n) -> session(rs)).optional();
    }

    public List<TrainingSession> sessions(String provinceId, String countyId) {
        return jdbc.sql("select * from training_session t where" + FILTER + " order by t.starts_at, t.id")
                .param("p", provinceId).param("c", countyId).query((rs, n) -> session(rs)).list();
    }

    private static TrainingSession session(ResultSet rs) throws SQLException {
        return new TrainingSession(rs.getLong("id"), rs.getString("course_id"), rs.getString("county_id"),
                rs.getString("province_id"), rs.getTimestamp("starts_at").toLocalDateTime(), rs.getString("place"),
                rs.getString("trainer"));
    }

    /** Registers a trainee; an existing registration keeps its county unless {@code move}. */
    public void enrol(String username, String countyId, String provinceId, String fullName, Instant now, boolean move) {
        jdbc.sql("insert into training_trainee (username, county_id, province_id, full_name, created_at)"
                        + " values (:u, :c, :p, :name, :now) on conflict (username) do "
                        + (move ? "update set county_id = excluded.county_id, province_id = excluded.province_id,"
                        + " full_name = case when excluded.full_name = '' then training_trainee.full_name else excluded.full_name end"
                        : "nothing"))
                .param("u", username).param("c", countyId).param("p", provinceId).param("name", fullName == null ? "" : fullName)
                .param("now", Timestamp.from(now)).update();
    }

    public void attend(long sessionId, String username, boolean present, Instant now, String by) {
        jdbc.sql("""
                insert into training_attendance (session_id, username, present, recorded_at, recorded_by)
                values (:s, :u, :present, :now, :by)
                on conflict (session_id, username) do update set present = excluded.present,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
                """).param("s", sessionId).param("u", username).param("present", present)
                .param("now", Timestamp.from(now)).param("by", by).update();
    }

    public Map<String, Boolean> attendance(long sessionId) {
        var out = new java.util.TreeMap<String, Boolean>();
        jdbc.sql("select username, present from training_attendance where session_id = :s").param("s", sessionId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getBoolean(2))).list();
        return out;
    }

    // ---- attempts

    /** Serialises starts and submissions of one trainee on one course (no extra attempts by racing). */
    public void lock(String username, String courseId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:k))").param("k", "training:" + username + ":" + courseId)
                .query((rs, n) -> 1).list();
    }

    public List<Attempt> attempts(String username, String courseId) {
        return jdbc.sql("select * from training_attempt where username = :u and (cast(:c as text) is null or course_id = :c)"
                        + " order by started_at, id").param("u", username).param("c", courseId)
                .query((rs, n) -> attempt(rs)).list();
    }

    public Optional<Attempt> attempt(long id) {
        return jdbc.sql("select * from training_attempt where id = :id").param("id", id).query((rs, n) -> attempt(rs)).optional();
    }

    public long startAttempt(String courseId, String username, Instant start, Instant deadline, List<Long> questionIds) {
        return jdbc.sql("""
                insert into training_attempt (course_id, username, started_at, deadline, question_ids, status)
                values (:c, :u, :start, :deadline, :q, 'OPEN') returning id
                """).param("c", courseId).param("u", username).param("start", Timestamp.from(start))
                .param("deadline", Timestamp.from(deadline)).param("q", questionIds.toArray(Long[]::new))
                .query(Long.class).single();
    }

    public void finishAttempt(long id, AttemptStatus status, Instant at, Integer correct, Integer total, boolean passed, boolean late) {
        jdbc.sql("""
                update training_attempt set status = :status, submitted_at = :at, correct = :correct, total = :total,
                    passed = :passed, late = :late where id = :id and status = 'OPEN'
                """).param("status", status.name()).param("at", Timestamp.from(at)).param("correct", correct)
                .param("total", total).param("passed", passed).param("late", late).param("id", id).update();
    }

    public void saveAnswer(long attemptId, long questionId, int chosen) {
        jdbc.sql("insert into training_answer (attempt_id, question_id, chosen) values (:a, :q, :c)")
                .param("a", attemptId).param("q", questionId).param("c", chosen).update();
    }

    private static Attempt attempt(ResultSet rs) throws SQLException {
        Array q = rs.getArray("question_ids");
        var ids = Arrays.stream((Long[]) q.getArray()).toList();
        var submitted = rs.getTimestamp("submitted_at");
        return new Attempt(rs.getLong("id"), rs.getString("course_id"), rs.getString("username"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(), ids,
                AttemptStatus.valueOf(rs.getString("status")), submitted == null ? null : submitted.toInstant(),
                (Integer) rs.getObject("correct"), (Integer) rs.getObject("total"), rs.getBoolean("passed"),
                rs.getBoolean("late"));
    }

    // ---- certificates

    public void issue(Certificate c) {
        jdbc.sql("""
                insert into training_certificate (code, username, course_id, attempt_id, correct, total, issued_at)
                values (:code, :u, :c, :a, :correct, :total, :at)
                """).param("code", c.code()).param("u", c.username()).param("c", c.courseId()).param("a", c.attemptId())
                .param("correct", c.correct()).param("total", c.total()).param("at", Timestamp.from(c.issuedAt())).update();
    }

    public Optional<Certificate> certificate(String code) {
        return jdbc.sql("select * from training_certificate where code = :code").param("code", code)
                .query((rs, n) -> certificate(rs)).optional();
    }

    public List<Certificate> certificatesOf(String username) {
        return jdbc.sql("select * from training_certificate where username = :u order by issued_at").param("u", username)
                .query((rs, n) -> certificate(rs)).list();
    }

    private static Certificate certificate(ResultSet rs) throws SQLException {
        return new Certificate(rs.getString("code"), rs.getString("username"), rs.getString("course_id"),
                rs.getLong("attempt_id"), rs.getInt("correct"), rs.getInt("total"), rs.getTimestamp("issued_at").toInstant());
    }

    public Map<String, Set<Role>> certifiedRoles(Collection<String> usernames) {
        var out = new HashMap<String, Set<Role>>();
        if (usernames.isEmpty()) return out;
        jdbc.sql("select x.username, c.role from training_certificate x join training_course c on c.id = x.course_id"
                        + " where x.username = any(:u)").param("u", usernames.toArray(String[]::new))
                .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(Role.valueOf(rs.getString(2))))
                .list();
        return out;
    }

    // ---- statistics per county

    public Map<String, Integer> traineesPerCounty(String provinceId, String countyId) {
        var out = new HashMap<String, Integer>();
        jdbc.sql("select t.county_id, count(*) from training_trainee t where" + FILTER + " group by t.county_id")
                .param("p", provinceId).param("c", countyId)
                .query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }

    /** county -> role -> distinct trainees who attended a session of that role's course. */
    public Map<String, Map<Role, Integer>> trainedPerCounty(String provinceId, String countyId) {
        return perCountyRole("""
                select t.county_id, c.role, count(distinct a.username) from training_attendance a
                join training_session s on s.id = a.session_id join training_course c on c.id = s.course_id
                join training_trainee t on t.username = a.username where a.present and""" + FILTER + " group by 1, 2",
                provinceId, countyId);
    }

    /** county -> role -> distinct trainees certified for that role's course. */
    public Map<String, Map<Role, Integer>> passedPerCounty(String provinceId, String countyId) {
        return perCountyRole("""
                select t.county_id, c.role, count(distinct x.username) from training_certificate x
                join training_course c on c.id = x.course_id join training_trainee t on t.username = x.username
                where""" + FILTER + " group by 1, 2", provinceId, countyId);
    }

    private Map<String, Map<Role, Integer>> perCountyRole(String sql, String provinceId, String countyId) {
        var out = new HashMap<String, Map<Role, Integer>>();
        jdbc.sql(sql).param("p", provinceId).param("c", countyId)
                .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new java.util.EnumMap<>(Role.class))
                        .put(Role.valueOf(rs.getString(2)), rs.getInt(3))).list();
        return out;
    }
}
