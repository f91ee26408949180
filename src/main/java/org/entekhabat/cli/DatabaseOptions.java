package org.entekhabat.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the database is: the embedded one under --data-dir, or an external server. */
class DatabaseOptions {

    @Option(names = "--db-url", description = "JDBC url of an external PostgreSQL (default: embedded; env ENTEKHABAT_DB_URL)")
    String url;

    @Option(names = "--db-user", description = "user of the external PostgreSQL (env ENTEKHABAT_DB_USER)")
    String user;

    @Option(names = "--data-dir", description = "data directory of the embedded PostgreSQL (default: var/pg)")
    String dataDir;

    Map<String, Object> properties() {
        var props = new HashMap<String, Object>();
        if (url != null) props.put("entekhabat.db.url", url);
        if (user != null) props.put("entekhabat.db.user", user);
        if (dataDir != null) props.put("entekhabat.db.dir", dataDir);
        return props;
    }
}
