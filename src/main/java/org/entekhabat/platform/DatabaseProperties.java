package org.entekhabat.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url}, an embedded PostgreSQL runs in-process on a
 * persistent data directory; with a url (ENTEKHABAT_DB_URL or --db-url) an external server is used.
 *
 * @param url      JDBC url of an external PostgreSQL; empty for the embedded one
 * @param user     user for the external server
 * @param password password for the external server (from the environment, never the repo)
 * @param dir      data directory of the embedded server, reused across restarts
 * @param port     port of the embedded server; 0 picks a free one
 * @param schema   schema to use (tests isolate runs in their own schema)
 */
@ConfigurationProperties("entekhabat.db")
public record DatabaseProperties(String url, String user, String password, Path dir, int port, String schema) {

    public DatabaseProperties {
        if (dir == null) dir = Path.of("var", "pg");
        if (schema == null || schema.isBlank()) schema = "public";
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
