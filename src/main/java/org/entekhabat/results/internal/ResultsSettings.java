package org.entekhabat.results.internal;

import java.time.Duration;
import org.entekhabat.results.BoardMember.Level;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rules DOMAIN.md marks OLD, kept in configuration ({@code entekhabat.results.*}):
 * the objection window (OLD 1400: 2 days after the preliminary results, §3 "Post-election complaints"),
 * the board level whose member may annul a station (OLD: central board approval, §3), and the levels
 * that certify a contest and decide objections (default: the county board, DOMAIN §3 "the county
 * supervisory board reviews"; a higher board covering the county may act too).
 */
@Component
public class ResultsSettings {

    private final Duration objectionWindow;
    private final Level annulmentLevel;
    private final Level certificationLevel;
    private final Level objectionLevel;

    ResultsSettings(@Value("${entekhabat.results.objection-window:P2D}") Duration objectionWindow,
                    @Value("${entekhabat.results.annulment-level:central}") String annulmentLevel,
                    @Value("${entekhabat.results.certification-level:county}") String certificationLevel,
                    @Value("${entekhabat.results.objection-level:county}") String objectionLevel) {
        this.objectionWindow = objectionWindow;
        this.annulmentLevel = Level.of(annulmentLevel);
        this.certificationLevel = Level.of(certificationLevel);
        this.objectionLevel = Level.of(objectionLevel);
    }

    public Duration objectionWindow() { return objectionWindow; }

    public Level annulmentLevel() { return annulmentLevel; }

    public Level certificationLevel() { return certificationLevel; }

    public Level objectionLevel() { return objectionLevel; }
}
