package org.entekhabat.stations.web;

import java.time.Clock;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The round-trip target of a station's link test: tiny, no database. */
@RestController
class PingApi {

    private final Clock clock;

    PingApi(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/api/public/ping")
    Map<String, Object> ping() {
        return Map.of("pong", true, "time", clock.instant().toString());
    }
}
