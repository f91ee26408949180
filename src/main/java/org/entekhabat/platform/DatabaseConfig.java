package org.entekhabat.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** PostgreSQL, embedded by default, external by configuration. One dialect everywhere. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties props) {
        return props.embedded()
                ? new EmbeddedDatabaseHolder(EmbeddedPostgresServer.start(props.dir(), props.port()))
                : new EmbeddedDatabaseHolder(null);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties props, EmbeddedDatabaseHolder embedded) {
        var config = new HikariConfig();
        if (props.embedded()) {
            config.setJdbcUrl(embedded.server().jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(props.url());
            config.setUsername(props.user());
            config.setPassword(props.password());
        }
        config.setSchema(props.schema());
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // bulk loads: one multi-row insert per batch
        config.setMaximumPoolSize(20);
        config.setMinimumIdle(2); // idle servers (and cached test contexts) hand their connections back
        config.setIdleTimeout(30_000);
        config.setPoolName("entekhabat");
        if (!"public".equals(props.schema())) {
            config.setConnectionInitSql("create schema if not exists " + props.schema());
        }
        return new HikariDataSource(config);
    }

    /** Holds the embedded server, if any, so it outlives the pool and closes after it. */
    record EmbeddedDatabaseHolder(EmbeddedPostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            if (server != null) server.close();
        }
    }
}
