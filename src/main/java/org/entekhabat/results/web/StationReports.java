package org.entekhabat.results.web;

import java.time.Instant;
import java.util.Optional;
import org.entekhabat.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A station's stored signed report, as published. */
record StationReports(String text, String signature, String hash, Instant receivedAt, boolean annulled,
                      String annulReason, String annulGround) {

    static Optional<StationReports> find(JdbcClient jdbc, String code) {
        return jdbc.sql("""
                select r.canonical_text, r.signature, r.report_hash, r.received_at, a.station_code is not null, a.reason, a.legal_ground
                from station_report r left join station_annulment a using (station_code) where r.station_code = ?""")
                .param(code).query((rs, n) -> new StationReports(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getString(6), rs.getString(7))).optional();
    }

    static DomainException notFound(String code) {
        return DomainException.notFound("station-report-missing", "از شعبهٔ " + code + " گزارشی منتشر نشده است.",
                "No report has been published for station " + code + ".");
    }
}
