package org.entekhabat.voters.web;

import org.entekhabat.voters.Turnout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Public live turnout: JSON at /api/public/turnout and the page /results/turnout. */
@Controller
class TurnoutController {

    private final Turnout turnout;
    private final String defaultElection;

    TurnoutController(Turnout turnout, @Value("${entekhabat.election-id:1405}") String defaultElection) {
        this.turnout = turnout;
        this.defaultElection = defaultElection;
    }

    @GetMapping("/api/public/turnout")
    @ResponseBody
    Turnout.Report api(@RequestParam(name = "election", required = false) String election) {
        return turnout.of(election == null || election.isBlank() ? defaultElection : election);
    }

    @GetMapping("/results/turnout")
    String page(@RequestParam(name = "election", required = false) String election, Model model) {
        model.addAttribute("t", api(election));
        return "voters/turnout";
    }
}
