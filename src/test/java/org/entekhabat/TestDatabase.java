package org.entekhabat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at a fresh embedded PostgreSQL, or at a new schema of an external one. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-db", properties()));
    }

    public static Map<String, Object> properties() {
        String external = System.getProperty("entekhabat.test.db-url", "");
        if (!external.isBlank()) {
            return Map.of(
                    "entekhabat.db.url", external,
                    "entekhabat.db.user", System.getProperty("entekhabat.test.db-user", "entekhabat"),
                    "entekhabat.db.password", System.getProperty("entekhabat.test.db-password", "entekhabat"),
                    "entekhabat.db.schema", "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        }
        try {
            var dir = Files.createTempDirectory("entekhabat-test-pg");
            dir.toFile().deleteOnExit();
            return Map.of("entekhabat.db.dir", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
