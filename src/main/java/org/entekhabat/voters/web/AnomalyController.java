package org.entekhabat.voters.web;

import java.util.List;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Role;
import org.entekhabat.voters.ParticipationAnomaly;
import org.entekhabat.voters.ParticipationLedger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The anomaly queue for supervisory boards: voters recorded twice, with both stations and times. */
@RestController
class AnomalyController {

    private final ParticipationLedger ledger;
    private final Access access;

    AnomalyController(ParticipationLedger ledger, Access access) {
        this.ledger = ledger;
        this.access = access;
    }

    @GetMapping("/api/elections/{electionId}/participation-anomalies")
    List<ParticipationAnomaly> anomalies(@PathVariable String electionId) {
        access.requireRole(Role.SUPERVISOR, Role.NATIONAL_HQ, Role.PROVINCIAL_HQ);
        return ledger.anomalies(electionId);
    }
}
