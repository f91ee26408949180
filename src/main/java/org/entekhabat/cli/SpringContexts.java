package org.entekhabat.cli;

import java.util.HashMap;
import java.util.Map;
import org.entekhabat.Entekhabat;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command: a web server, or just the modules and database. */
final class SpringContexts {

    private SpringContexts() {}

    static ConfigurableApplicationContext web(DatabaseOptions db, Map<String, Object> extra) {
        return start(WebApplicationType.SERVLET, db, extra);
    }

    /** For jobs: no web server, quiet logs. */
    static ConfigurableApplicationContext job(DatabaseOptions db) {
        return job(db, Map.of());
    }

    /** For jobs, with extra properties. */
    static ConfigurableApplicationContext job(DatabaseOptions db, Map<String, Object> extra) {
        var props = new HashMap<String, Object>(extra);
        props.put("logging.level.root", "WARN");
        props.put("logging.level.org.entekhabat", "WARN");
        return start(WebApplicationType.NONE, db, props);
    }

    private static ConfigurableApplicationContext start(WebApplicationType type, DatabaseOptions db, Map<String, Object> extra) {
        var props = new HashMap<String, Object>(db == null ? Map.of() : db.properties());
        props.putAll(extra);
        // as command-line arguments, so they override application.yml (builder defaults would not)
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(Entekhabat.class)
                .web(type)
                .bannerMode(Banner.Mode.OFF)
                .run(args);
    }
}
