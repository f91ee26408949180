package org.entekhabat.results.web;

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
 * The supervisory boards' results desk: conflicting reports, objections to decide, annulment and
 * certification. The acting member is chosen from the board-member table and checked for level and
 * jurisdiction. (Restricting this page to logged-in board members is wired with the identity module.)
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
        model.addAttribute("conflicts", board.conflicts());
        model.addAttribute("objections", board.objections(null));
        model.addAttribute("annulments", board.annulments());
        model.addAttribute("members", board.members());
        model.addAttribute("annulmentLevel", settings.annulmentLevel().db());
        model.addAttribute("window", settings.objectionWindow().toHours());
        return "results/board";
    }

    @PostMapping("/results/board/annul")
    String annul(@RequestParam String stationCode, @RequestParam String memberId, @RequestParam String reason,
                 @RequestParam String legalGround, RedirectAttributes flash) {
        long v = results.annul(stationCode.strip(), memberId, reason, legalGround);
        flash.addFlashAttribute("done", v);
        return "redirect:/results/board";
    }

    @PostMapping("/results/board/certify")
    String certify(@RequestParam String contestId, @RequestParam String memberId, RedirectAttributes flash) {
        long v = results.certify(contestId.strip(), memberId);
        flash.addFlashAttribute("done", v);
        return "redirect:/results/contest/" + contestId.strip();
    }

    @PostMapping("/results/board/objections/{id}")
    String decide(@PathVariable long id, @RequestParam String memberId, @RequestParam boolean upheld,
                  @RequestParam String decision, RedirectAttributes flash) {
        results.decideObjection(id, memberId, upheld, decision);
        flash.addFlashAttribute("done", id);
        return "redirect:/results/board";
    }
}
