package org.entekhabat.voters.web;

import java.util.List;
import org.entekhabat.voters.ParticipationAnomaly;
import org.entekhabat.voters.ParticipationLedger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The anomaly queue for supervisory boards: voters recorded twice, with both stations and times. */
@RestController
class AnomalyController {

    private final ParticipationLedger ledger;

    AnomalyController(ParticipationLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/elections/{electionId}/participation-anomalies")
    List<ParticipationAnomaly> anomalies(@PathVariable String electionId) {
        return ledger.anomalies(electionId);
    }
}
