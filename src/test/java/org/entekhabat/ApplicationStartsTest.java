package org.entekhabat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ApplicationStartsTest {

    @Autowired JdbcClient jdbc;

    @Test
    void migratesARealPostgresql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select value from platform_info where key = 'schema'").query(String.class).single())
                .isEqualTo("entekhabat");
    }
}
