package org.entekhabat.drills.internal;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.entekhabat.Entekhabat;
import org.entekhabat.platform.DatabaseProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The drill's central: a second, complete central application context in this process, on the same
 * PostgreSQL server but in its own schema {@code drill_<id>} (Flyway builds it from scratch), with its
 * own web server on a free local port. Its beans, events and audit log never see the real schema;
 * the real context never sees its rows. Closing it stops the context; the caller drops the schema.
 */
public final class Sandbox implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String schema;

    private Sandbox(ConfigurableApplicationContext context, String schema) {
        this.context = context;
        this.schema = schema;
    }

    /** Starts the sandbox central on the real context's database server. */
    public static Sandbox start(String schema, DataSource realDataSource, DatabaseProperties real, Environment env) {
        var props = new LinkedHashMap<String, Object>(connection(realDataSource, real));
        props.put("entekhabat.db.schema", schema);
        props.put("server.port", 0);
        props.put("server.address", "127.0.0.1");
        props.put("spring.application.name", "entekhabat-drill-sandbox");
        props.put("spring.jmx.enabled", false);
        props.put("springdoc.api-docs.enabled", false);
        props.put("logging.level.root", "WARN");
        props.put("logging.level.org.entekhabat", "WARN");
        props.put("logging.level.org.springframework", "WARN");
        String fixed = env.getProperty("entekhabat.clock.fixed", "");
        if (!fixed.isBlank()) props.put("entekhabat.clock.fixed", fixed);
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        var context = new SpringApplicationBuilder(Entekhabat.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .run(args);
        return new Sandbox(context, schema);
    }

    /** The same server as the real context: the embedded one by its live URL, or the external one as configured. */
    private static Map<String, Object> connection(DataSource ds, DatabaseProperties real) {
        var m = new LinkedHashMap<String, Object>();
        if (!real.embedded()) {
            m.put("entekhabat.db.url", real.url());
            if (real.user() != null) m.put("entekhabat.db.user", real.user());
            if (real.password() != null) m.put("entekhabat.db.password", real.password());
            return m;
        }
        try (var c = ds.getConnection()) {
            var meta = c.getMetaData();
            m.put("entekhabat.db.url", meta.getURL());
            m.put("entekhabat.db.user", meta.getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database URL for the drill's sandbox", e);
        }
        return m;
    }

    public String schema() {
        return schema;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
