package org.entekhabat.results.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rules DOMAIN.md marks OLD, kept in configuration ({@code entekhabat.results.*}):
 * the objection window (OLD 1400: 2 days after the preliminary results, §3 "Post-election complaints")
 * and the board level whose member may annul a station (OLD: central board approval, §3).
 */
@Component
public class ResultsSettings {

    private final Duration objectionWindow;
    private final BoardLevel annulmentLevel;

    ResultsSettings(@Value("${entekhabat.results.objection-window:P2D}") Duration objectionWindow,
                    @Value("${entekhabat.results.annulment-level:central}") String annulmentLevel) {
        this.objectionWindow = objectionWindow;
        this.annulmentLevel = BoardLevel.of(annulmentLevel);
    }

    public Duration objectionWindow() { return objectionWindow; }

    public BoardLevel annulmentLevel() { return annulmentLevel; }

    /** Supervisory board levels (هیات نظارت شهرستان / استان / مرکزی), lowest first. */
    public enum BoardLevel {
        COUNTY, PROVINCE, CENTRAL;

        static BoardLevel of(String s) {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        }

        public String db() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
