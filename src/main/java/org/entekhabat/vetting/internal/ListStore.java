package org.entekhabat.vetting.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entekhabat.vetting.CandidateList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of vetting_list, vetting_list_member and vetting_final_list. */
@Repository
public class ListStore {

    private final JdbcClient jdbc;

    ListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored list with its party and whether it came from an import. */
    public record StoredList(CandidateList list, String party, Instant registeredAt, boolean imported) {}

    public void insert(String constituencyId, CandidateList l, String party, Instant now, boolean imported) {
        jdbc.sql("""
                insert into vetting_list (constituency_id, title, representative, party, registered_at, imported)
                values (:k, :t, :r, :p, :now, :i)""")
                .param("k", constituencyId).param("t", l.title()).param("r", l.representative()).param("p", party == null ? "" : party)
                .param("now", Timestamp.from(now)).param("i", imported).update();
        for (int i = 0; i < l.members().size(); i++) {
            jdbc.sql("insert into vetting_list_member (constituency_id, title, position, candidate) values (:k, :t, :pos, :c)")
                    .param("k", constituencyId).param("t", l.title()).param("pos", i + 1).param("c", l.members().get(i)).update();
        }
    }

    public List<StoredList> lists(String constituencyId) {
        var out = new ArrayList<StoredList>();
        jdbc.sql("select title, representative, party, registered_at, imported from vetting_list where constituency_id = :k order by registered_at, title")
                .param("k", constituencyId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getBoolean(5)})
                .list()
                .forEach(r -> out.add(new StoredList(new CandidateList((String) r[0], (String) r[1], members(constituencyId, (String) r[0])),
                        (String) r[2], (Instant) r[3], (Boolean) r[4])));
        return out;
    }

    private List<String> members(String constituencyId, String title) {
        return jdbc.sql("select candidate from vetting_list_member where constituency_id = :k and title = :t order by position")
                .param("k", constituencyId).param("t", title).query(String.class).list();
    }

    /** Withdrawn candidates leave their list (the list itself stays). */
    public void removeMember(String candidate) {
        jdbc.sql("delete from vetting_list_member where candidate = :c").param("c", candidate).update();
    }

    public void publish(String constituencyId, String actor, Instant now, boolean drill) {
        jdbc.sql("""
                insert into vetting_final_list (constituency_id, published_at, published_by, drill) values (:k, :now, :a, :d)""")
                .param("k", constituencyId).param("now", Timestamp.from(now)).param("a", actor).param("d", drill).update();
    }

    /** When the final list was published, if it was. */
    public Optional<Published> published(String constituencyId) {
        return jdbc.sql("select published_at, published_by, drill from vetting_final_list where constituency_id = :k")
                .param("k", constituencyId)
                .query((rs, n) -> new Published(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getBoolean(3))).optional();
    }

    public List<String> publishedIds() {
        return jdbc.sql("select constituency_id from vetting_final_list order by constituency_id").query(String.class).list();
    }

    public record Published(Instant at, String by, boolean drill) {}
}
