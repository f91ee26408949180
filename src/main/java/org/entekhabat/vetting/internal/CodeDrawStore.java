package org.entekhabat.vetting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.entekhabat.vetting.CodeDraw;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The recorded code draws: seed, sorted inputs and the resulting codes, so anyone can repeat them. */
@Repository
public class CodeDrawStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    CodeDrawStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(String kind, CodeDraw.Result r, String actor, Instant now) {
        jdbc.sql("""
                insert into vetting_code_draw (constituency_id, kind, seed, first_code, sorted_ids, drawn_at, drawn_by)
                values (:k, :kind, :seed, :first, cast(:ids as jsonb), :now, :actor)""")
                .param("k", r.constituencyId()).param("kind", kind).param("seed", r.seed()).param("first", r.firstCode())
                .param("ids", JSON.writeValueAsString(r.sortedIds())).param("now", Timestamp.from(now)).param("actor", actor).update();
        r.codes().forEach((subject, code) -> jdbc.sql("""
                        insert into vetting_code (constituency_id, kind, subject, code) values (:k, :kind, :s, :code)""")
                .param("k", r.constituencyId()).param("kind", kind).param("s", subject).param("code", code).update());
    }

    public Optional<CodeDraw.Result> find(String constituencyId, String kind) {
        return jdbc.sql("select seed, first_code, sorted_ids::text from vetting_code_draw where constituency_id = :k and kind = :kind")
                .param("k", constituencyId).param("kind", kind)
                .query((rs, n) -> {
                    var codes = new LinkedHashMap<String, Integer>();
                    jdbc.sql("select subject, code from vetting_code where constituency_id = :k and kind = :kind order by code")
                            .param("k", constituencyId).param("kind", kind)
                            .query((r2, m) -> codes.put(r2.getString(1), r2.getInt(2))).list();
                    return new CodeDraw.Result(constituencyId, JSON.readValue(rs.getString(3), new TypeReference<java.util.List<String>>() {}),
                            rs.getString(1), rs.getInt(2), codes);
                }).optional();
    }
}
