package org.entekhabat.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.entekhabat.calendar.ScheduleDefinition;
import org.entekhabat.calendar.ScheduleFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the schedule file named by {@code entekhabat.schedule.file} once at start-up; a file with
 * any problem stops the start with the problems located.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleFileConfig {

    @Bean
    ScheduleDefinition scheduleDefinition(ResourceLoader resources,
                                          @Value("${entekhabat.schedule.file:classpath:schedules/1405.yaml}") String location) {
        // a bare path is a file, as on the command line; otherwise classpath:, file: or a URL
        var resource = resources.getResource(location.contains(":") ? location : "file:" + location);
        try (var in = resource.getInputStream()) {
            return ScheduleFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schedule file " + location, e);
        }
    }
}
