package org.entekhabat.calendar.internal;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entekhabat.calendar.MilestoneWindow;
import org.entekhabat.calendar.ScheduleExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Extensions in the {@code schedule_override} table. */
@Repository
class JdbcExtensions implements Extensions {

    private final JdbcClient jdbc;

    JdbcExtensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(ScheduleExtension e) {
        jdbc.sql("""
                insert into schedule_override (milestone_key, new_end, approved_by, reason, recorded_at)
                values (:key, :until, :by, :reason, :at)""")
                .param("key", e.key())
                .param("until", e.until().atZone(MilestoneWindow.IRAN).toOffsetDateTime())
                .param("by", e.by())
                .param("reason", e.reason())
                .param("at", e.recordedAt().atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    @Override
    public Map<String, ScheduleExtension> inForce() {
        var result = new LinkedHashMap<String, ScheduleExtension>();
        jdbc.sql("""
                select distinct on (milestone_key) milestone_key, new_end, approved_by, reason, recorded_at
                from schedule_override order by milestone_key, id desc""")
                .query((rs, n) -> new ScheduleExtension(
                        rs.getString("milestone_key"),
                        rs.getObject("new_end", OffsetDateTime.class).atZoneSameInstant(MilestoneWindow.IRAN).toLocalDateTime(),
                        rs.getString("approved_by"),
                        rs.getString("reason"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list()
                .forEach(e -> result.put(e.key(), e));
        return result;
    }
}
