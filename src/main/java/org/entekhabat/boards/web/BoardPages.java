package org.entekhabat.boards.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entekhabat.boards.BoardInfo;
import org.entekhabat.boards.BoardKind;
import org.entekhabat.boards.Boards;
import org.entekhabat.boards.DeskDecision;
import org.entekhabat.boards.VettingDesks;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.LegalGround;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Persian pages of the boards: my boards, a board with its members, ballot and minutes, a desk's cases with
 * inquiry statuses, one case with the decision form of the board the member sits on, and a county's
 * decisions log for supervisors.
 */
@Controller
class BoardPages {

    private final Boards boards;
    private final VettingDesks desks;
    private final BoardPermissions permissions;
    private final Access access;

    BoardPages(Boards boards, VettingDesks desks, BoardPermissions permissions, Access access) {
        this.boards = boards;
        this.desks = desks;
        this.permissions = permissions;
        this.access = access;
    }

    @GetMapping("/boards")
    String mine(Model model) {
        var user = access.requireUser();
        model.addAttribute("memberships", boards.memberships(user.username()));
        model.addAttribute("boards", boards.all().stream().filter(b -> access.canRead(b.jurisdiction())).toList());
        return "boards/boards";
    }

    @GetMapping("/boards/{id}")
    String board(@PathVariable String id, Model model) {
        model.addAttribute("board", permissions.requireRead(id));
        model.addAttribute("members", boards.members(id));
        model.addAttribute("nominees", boards.nominees(id));
        model.addAttribute("ballots", boards.ballots(id));
        model.addAttribute("election", boards.election(id).orElse(null));
        model.addAttribute("votes", boards.votes(id));
        return "boards/board";
    }

    @GetMapping("/boards/{id}/desk")
    String desk(@PathVariable String id, Model model) {
        model.addAttribute("board", boards.require(id));
        model.addAttribute("cases", desks.desk(id));
        return "boards/desk";
    }

    @GetMapping("/boards/cases/{candidate}")
    String oneCase(@PathVariable String candidate, Model model) {
        var c = desks.read(candidate);
        model.addAttribute("c", c);
        model.addAttribute("grounds", LegalGround.values());
        var user = access.requireUser();
        BoardInfo acting = null;
        String desk = null;
        for (var kind : List.of(BoardKind.COUNTY_EXECUTIVE, BoardKind.COUNTY_SUPERVISORY, BoardKind.PROVINCIAL_SUPERVISORY)) {
            Jurisdiction where = kind == BoardKind.PROVINCIAL_SUPERVISORY ? c.place().province() : c.place().county();
            var b = boards.find(kind, where).orElse(null);
            if (b != null && boards.membership(b.id(), user.username()).map(m -> m.seat().votes()).orElse(false)) {
                acting = b;
                desk = switch (kind) {
                    case COUNTY_EXECUTIVE -> "executive";
                    case COUNTY_SUPERVISORY -> "county";
                    default -> "provincial";
                };
            }
        }
        model.addAttribute("acting", acting);
        model.addAttribute("desk", desk);
        model.addAttribute("voters", acting == null ? List.of() : new ArrayList<>(boards.votingMembers(acting.id())));
        return "boards/case";
    }

    @PostMapping("/boards/cases/{candidate}/decide")
    String decide(@PathVariable String candidate, @RequestParam String desk, @RequestParam(required = false) String verdict,
                  @RequestParam(required = false) List<String> grounds, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) List<String> present, @RequestParam(required = false) List<String> inFavour,
                  Model model, Locale locale) {
        var d = new DeskDecision(verdict, grounds, reason, set(present), set(inFavour));
        try {
            switch (desk) {
                case "executive" -> desks.decideExecutive(candidate, d);
                case "county" -> desks.reviewCounty(candidate, d);
                case "provincial" -> desks.decideObjection(candidate, d);
                case "publish" -> desks.publishInitialResult(candidate);
                case "finalise" -> desks.finalise(candidate);
                default -> throw DomainException.badInput("boards.desk", "میز نامعتبر.", "Unknown desk.");
            }
        } catch (DomainException e) {
            if (e.status() == 403 || e.status() == 404) throw e;
            model.addAttribute("error", e.message(locale));
            return oneCase(candidate, model);
        }
        return "redirect:/boards/cases/" + candidate;
    }

    @GetMapping("/boards/decisions/{county}")
    String decisions(@PathVariable String county, Model model) {
        model.addAttribute("county", Jurisdiction.county(county));
        model.addAttribute("decisions", desks.decisionsLog(county));
        return "boards/decisions";
    }

    private static Set<String> set(List<String> xs) {
        return xs == null ? Set.of() : new LinkedHashSet<>(xs);
    }
}
