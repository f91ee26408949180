package org.entekhabat.polling.node;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The voting terminal (صندوق الکترونیکی), usable with a keypad alone: digits, Enter, Backspace,
 * "-" to correct, "*" for a blank contest, "+" to finish. Card code → each contest in turn →
 * summary → second confirmation → cast → the paper record. The session holds the voter's choices
 * until the cast and nothing after it.
 */
@Controller
@ConditionalOnNode
class VoteController {

    /** One voter at the terminal: the card, the contests and where they are. */
    public static final class Voting {
        final StationNode.OpenToken token;
        final List<Selection> selections;
        int current;
        String message;

        public List<Selection> getSelections() { return selections; }
        public int getCurrent() { return current; }

        Voting(StationNode.OpenToken token, List<Selection> selections) {
            this.token = token;
            this.selections = selections;
        }

        Selection selection() { return selections.get(current); }
    }

    private static final String VOTING = "voting";
    private final StationNode node;

    VoteController(StationNode node) {
        this.node = node;
    }

    @GetMapping("/vote")
    String tokenForm(Model model, HttpSession session) {
        session.removeAttribute(VOTING);
        model.addAttribute("node", node);
        return "station/vote-token";
    }

    @PostMapping("/vote")
    String start(@RequestParam String code, HttpSession session, Model model) {
        try {
            var token = node.token(code);
            var style = node.stationPackage().style(token.style()).orElseThrow();
            var selections = new ArrayList<Selection>();
            style.contests().forEach(c -> selections.add(new Selection(c)));
            session.setAttribute(VOTING, new Voting(token, selections));
            return "redirect:/vote/contest";
        } catch (DomainException e) {
            model.addAttribute("node", node);
            model.addAttribute("message", e.messageFa());
            return "station/vote-token";
        }
    }

    @GetMapping("/vote/contest")
    String contest(Model model, HttpSession session) {
        var v = voting(session);
        model.addAttribute("v", v);
        model.addAttribute("s", v.selection());
        model.addAttribute("message", v.message);
        v.message = null;
        return "station/vote-contest";
    }

    @PostMapping("/vote/contest")
    String key(@RequestParam String action, @RequestParam(defaultValue = "") String code, HttpSession session) {
        var v = voting(session);
        var s = v.selection();
        try {
            switch (action) {
                case "add" -> s.add(code);
                case "correct" -> s.removeLast();
                case "blank" -> {
                    s.markBlank();
                    return next(v);
                }
                case "next" -> {
                    return next(v);
                }
                case "back" -> v.current = Math.max(0, v.current - 1);
                default -> { }
            }
        } catch (DomainException e) {
            v.message = e.messageFa();
        }
        return "redirect:/vote/contest";
    }

    private static String next(Voting v) {
        if (v.current + 1 < v.selections.size()) {
            v.current++;
            return "redirect:/vote/contest";
        }
        return "redirect:/vote/summary";
    }

    @GetMapping("/vote/summary")
    String summary(@RequestParam(defaultValue = "1") int step, Model model, HttpSession session) {
        model.addAttribute("v", voting(session));
        model.addAttribute("step", step == 2 ? 2 : 1);
        return "station/vote-summary";
    }

    @PostMapping("/vote/summary")
    String confirm(@RequestParam String action, @RequestParam(defaultValue = "1") int step, HttpSession session, Model model) {
        var v = voting(session);
        if (action.equals("edit")) {
            v.current = 0;
            return "redirect:/vote/contest";
        }
        if (step == 1) return "redirect:/vote/summary?step=2";
        node.cast(v.token, v.selections);
        session.removeAttribute(VOTING);
        model.addAttribute("v", v);
        return "station/vote-printed"; // the paper record: selections only, no voter, no time
    }

    private static Voting voting(HttpSession session) {
        var v = (Voting) session.getAttribute(VOTING);
        if (v == null) {
            throw DomainException.badInput("vote.no-card", "نخست کد کارت رأی را وارد کنید.", "Enter the e-ballot card's code first.");
        }
        return v;
    }
}
