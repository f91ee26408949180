package org.entekhabat.results.web;

import java.util.Arrays;
import org.entekhabat.results.Results;
import org.entekhabat.results.internal.BoardActions;
import org.entekhabat.results.internal.ResultsSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisory boards' results desk (signed-in SUPERVISOR only; identity's login guards the path):
 * conflicting reports, objections to decide, annulment, certification, and the public lot. The acting
 * member is the signed-in user; level and jurisdiction are checked by {@link BoardActions}.
 */
@Controller("resultsBoardPages") // the boards module has its own BoardPages
class BoardPages {

    private final Results results;
    private final BoardActions board;
    private final ResultsSettings settings;

    BoardPages(Results results, BoardActions board, ResultsSettings settings) {
        this.results = results;
        this.board = board;
        this.settings = settings;
    }

    @GetMapping("/results/board")
    String desk(Model model) {
        model.addAttribute("member", results.currentBoardMember());
        model.addAttribute("conflicts", board.conflicts());
        model.addAttribute("objections", board.objections(null));
        model.addAttribute("annulments", board.annulments());
        model.addAttribute("annulmentLevel", settings.annulmentLevel().db());
        model.addAttribute("window", settings.objectionWindow().toHours());
        return "results/board";
    }

    @PostMapping("/results/board/annul")
    String annul(@RequestParam String stationCode, @RequestParam String reason, @RequestParam String legalGround, RedirectAttributes flash) {
        long v = results.annul(stationCode.strip(), reason, legalGround);
        flash.addFlashAttribute("done", v);
        return "redirect:/results/board";
    }

    @PostMapping("/results/board/certify")
    String certify(@RequestParam String contestId, RedirectAttributes flash) {
        long v = results.certify(contestId.strip());
        flash.addFlashAttribute("done", v);
        return "redirect:/results/contest/" + contestId.strip();
    }

    @PostMapping("/results/board/objections/{id}")
    String decide(@PathVariable long id, @RequestParam boolean upheld, @RequestParam String decision, RedirectAttributes flash) {
        results.decideObjection(id, upheld, decision);
        flash.addFlashAttribute("done", id);
        return "redirect:/results/board";
    }

    /** The public lot (قرعه) before witnesses: each witness types a seed; the board commits them. */
    @GetMapping("/results/board/lot/{contestId}")
    String lotForm(@PathVariable String contestId, Model model) {
        model.addAttribute("member", results.currentBoardMember());
        model.addAttribute("r", results.contest(contestId));
        model.addAttribute("lot", board.lot(contestId).orElse(null));
        return "results/lot";
    }

    @PostMapping("/results/board/lot/{contestId}")
    String drawLot(@PathVariable String contestId, @RequestParam String seeds, RedirectAttributes flash) {
        long v = results.drawLot(contestId, Arrays.asList(seeds.split("\\R")));
        flash.addFlashAttribute("done", v);
        return "redirect:/results/board/lot/" + contestId;
    }
}
