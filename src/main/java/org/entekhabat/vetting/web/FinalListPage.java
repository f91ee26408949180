package org.entekhabat.vetting.web;

import org.entekhabat.vetting.FinalLists;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages of the published final lists: an index and one page per constituency. */
@Controller
class FinalListPage {

    private final FinalLists finalLists;
    private final PublicCandidates exports;

    FinalListPage(FinalLists finalLists, PublicCandidates exports) {
        this.finalLists = finalLists;
        this.exports = exports;
    }

    @GetMapping("/candidates")
    String index(Model model) {
        model.addAttribute("published", finalLists.publishedConstituencies());
        return "vetting/final-index";
    }

    @GetMapping("/candidates/{constituencyId}")
    String page(@PathVariable String constituencyId, Model model) {
        model.addAttribute("list", exports.find(constituencyId));
        return "vetting/final-list";
    }
}
