package org.entekhabat.drills.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.entekhabat.drills.DrillPlan;
import org.entekhabat.drills.DrillRun;
import org.entekhabat.drills.StationResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code drill_run} and {@code drill_station_result}, in the real schema: the only rows a drill writes there. */
@Repository
public class DrillStore {

    private final JdbcClient jdbc;

    DrillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void create(String id, DrillPlan plan, String actor, String schema, Instant at) {
        jdbc.sql("""
                insert into drill_run (id, started_by, province_id, county_id, stations, voters_per_station, rate_per_minute,
                    link_failure, parallel, seed, sandbox_schema, status, phase, started_at)
                values (:id, :by, :p, :c, :n, :m, :r, :lf, :par, :seed, :schema, 'RUNNING', 'PREPARING', :at)""")
                .param("id", id).param("by", actor).param("p", plan.provinceId()).param("c", plan.countyId())
                .param("n", plan.stations()).param("m", plan.votersPerStation()).param("r", plan.ratePerMinute())
                .param("lf", plan.linkFailure()).param("par", plan.parallel()).param("seed", plan.seed())
                .param("schema", schema).param("at", Timestamp.from(at)).update();
    }

    public void phase(String id, String phase) {
        jdbc.sql("update drill_run set phase = :p where id = :id").param("p", phase).param("id", id).update();
    }

    public record Figures(Double sandboxSeconds, Double daySeconds, Double reportsSeconds, long claims, int reportsAccepted,
                          Double cpuSeconds, Double dbSeconds) {}

    public void finish(String id, String status, Instant at, Figures f, String error) {
        jdbc.sql("""
                update drill_run set status = :s, phase = :s, finished_at = :at, sandbox_seconds = :sb, day_seconds = :day,
                    reports_seconds = :rep, claims = :claims, reports_accepted = :acc, central_cpu_seconds = :cpu, db_seconds = :db,
                    error = :err where id = :id""")
                .param("s", status).param("at", Timestamp.from(at)).param("sb", f.sandboxSeconds()).param("day", f.daySeconds())
                .param("rep", f.reportsSeconds()).param("claims", f.claims()).param("acc", f.reportsAccepted())
                .param("cpu", f.cpuSeconds()).param("db", f.dbSeconds()).param("err", error == null ? "" : error)
                .param("id", id).update();
    }

    public void station(String runId, StationResult s) {
        jdbc.sql("""
                insert into drill_station_result (run_id, station_code, station_name, county_id, province_id, synthetic, voters, electronic,
                    paper, refused, claim_retries, paper_uploads, paper_collisions, paper_mismatches, reconciliation_difference,
                    report_attempts, report_status, open_ms, auth_ms, vote_ms, paper_ms, close_ms, report_ms, claim_p95_ms, outcome, problems)
                values (:run, :code, :name, :county, :province, :syn, :voters, :el, :paper, :ref, :cr, :pu, :pc, :pm, :rd, :ra, :rs,
                    :open, :auth, :vote, :pms, :close, :rep, :p95, :outcome, :problems)
                on conflict (run_id, station_code) do nothing""")
                .param("run", runId).param("code", s.stationCode()).param("name", s.stationName()).param("county", s.countyId())
                .param("province", s.provinceId()).param("syn", s.synthetic()).param("voters", s.voters()).param("el", s.electronic())
                .param("paper", s.paper()).param("ref", s.refused()).param("cr", s.claimRetries()).param("pu", s.paperUploads())
                .param("pc", s.paperCollisions()).param("pm", s.paperMismatches()).param("rd", s.reconciliationDifference())
                .param("ra", s.reportAttempts()).param("rs", s.reportStatus()).param("open", s.openMs()).param("auth", s.authMs())
                .param("vote", s.voteMs()).param("pms", s.paperMs()).param("close", s.closeMs()).param("rep", s.reportMs())
                .param("p95", s.claimP95Ms()).param("outcome", s.outcome()).param("problems", String.join("\n", s.problems()))
                .update();
    }

    public Optional<DrillRun> find(String id) {
        return jdbc.sql("select * from drill_run where id = :id").param("id", id).query(DrillStore::run).optional();
    }

    public List<DrillRun> recent(int limit) {
        return jdbc.sql("select * from drill_run order by started_at desc, id desc limit :n").param("n", limit).query(DrillStore::run).list();
    }

    public List<DrillRun> running() {
        return jdbc.sql("select * from drill_run where status = 'RUNNING'").query(DrillStore::run).list();
    }

    public List<StationResult> stations(String runId) {
        return jdbc.sql("select * from drill_station_result where run_id = :id order by county_id, station_code")
                .param("id", runId).query(DrillStore::station).list();
    }

    /** Removes a sandbox schema left behind (the name is ours: drill_ and lowercase letters, digits, '_'). */
    public void dropSchema(String schema) {
        if (!schema.matches("drill_[a-z0-9_]{1,50}")) throw new IllegalArgumentException("not a drill schema: " + schema);
        jdbc.sql("drop schema if exists " + schema + " cascade").update();
    }

    public boolean schemaExists(String schema) {
        return jdbc.sql("select count(*) from information_schema.schemata where schema_name = :s").param("s", schema)
                .query(Long.class).single() > 0;
    }

    /** PostgreSQL's active time (ms) of this database so far, or null when the server does not keep it. */
    public Double databaseActiveMillis() {
        try {
            return jdbc.sql("select active_time from pg_stat_database where datname = current_database()").query(Double.class).optional().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static DrillRun run(ResultSet rs, int i) throws SQLException {
        return new DrillRun(rs.getString("id"), rs.getString("started_by"), rs.getString("province_id"), rs.getString("county_id"),
                rs.getInt("stations"), rs.getInt("voters_per_station"), rs.getInt("rate_per_minute"), rs.getBoolean("link_failure"),
                rs.getInt("parallel"), rs.getLong("seed"), rs.getString("sandbox_schema"), rs.getString("status"), rs.getString("phase"),
                rs.getTimestamp("started_at").toInstant(), instant(rs.getTimestamp("finished_at")), dbl(rs, "sandbox_seconds"),
                dbl(rs, "day_seconds"), dbl(rs, "reports_seconds"), rs.getLong("claims"), rs.getInt("reports_accepted"),
                dbl(rs, "central_cpu_seconds"), dbl(rs, "db_seconds"), rs.getString("error"));
    }

    private static StationResult station(ResultSet rs, int i) throws SQLException {
        String problems = rs.getString("problems");
        return new StationResult(rs.getString("station_code"), rs.getString("station_name"), rs.getString("county_id"),
                rs.getString("province_id"), rs.getBoolean("synthetic"), rs.getInt("voters"), rs.getInt("electronic"), rs.getInt("paper"),
                rs.getInt("refused"), rs.getInt("claim_retries"), rs.getInt("paper_uploads"), rs.getInt("paper_collisions"),
                rs.getInt("paper_mismatches"), rs.getLong("reconciliation_difference"), rs.getInt("report_attempts"),
                rs.getString("report_status"), rs.getLong("open_ms"), rs.getLong("auth_ms"), rs.getLong("vote_ms"), rs.getLong("paper_ms"),
                rs.getLong("close_ms"), rs.getLong("report_ms"), rs.getDouble("claim_p95_ms"), rs.getString("outcome"),
                problems.isEmpty() ? List.of() : Arrays.asList(problems.split("\n")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Double dbl(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
