package org.entekhabat.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionLevel;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_user table. */
@Repository
public class UserStore {

    /** An account with what only identity may see. */
    public record StoredUser(UserAccount account, String passwordHash, int failedAttempts) {}

    private static final String COLUMNS = "username, display_name, password_hash, role, jurisdiction_level, "
            + "jurisdiction_code, enabled, failed_attempts, locked_until, created_at, created_by";

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    public void insert(UserAccount a, String passwordHash) {
        jdbc.sql("insert into app_user (" + COLUMNS + ") values (?,?,?,?,?,?,?,0,null,?,?)")
                .params(a.username(), a.displayName(), passwordHash, a.role().name(),
                        a.jurisdiction().level().name(), a.jurisdiction().code(), a.enabled(),
                        utc(a.createdAt()), a.createdBy())
                .update();
    }

    public Optional<StoredUser> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?").param(username)
                .query(UserStore::row).optional();
    }

    public List<StoredUser> all() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username").query(UserStore::row).list();
    }

    /** Counts one more failure and returns the new count (one statement: no lost updates). */
    public int addFailure(String username) {
        return jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = ? returning failed_attempts")
                .param(username).query(Integer.class).single();
    }

    public void lock(String username, Instant until) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = ? where username = ?")
                .params(utc(until), username).update();
    }

    public void clearFailures(String username) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ? "
                        + "and (failed_attempts <> 0 or locked_until is not null)")
                .param(username).update();
    }

    public void setPasswordHash(String username, String hash) {
        jdbc.sql("update app_user set password_hash = ? where username = ?").params(hash, username).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static StoredUser row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        var account = new UserAccount(
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                new Jurisdiction(JurisdictionLevel.valueOf(rs.getString("jurisdiction_level")), rs.getString("jurisdiction_code")),
                rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"));
        return new StoredUser(account, rs.getString("password_hash"), rs.getInt("failed_attempts"));
    }
}
