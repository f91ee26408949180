package org.entekhabat.results.web;

import java.nio.charset.StandardCharsets;
import org.entekhabat.results.Results;
import org.entekhabat.results.internal.BoardActions;
import org.entekhabat.results.internal.Tabulation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public results pages (no login): the nation, a province, a county, a contest, its minutes,
 * a station's signed report; and the candidates' objection form. Pages reload when the version changes.
 */
@Controller
class ResultsPages {

    private final Results results;
    private final Tabulation tabulation;
    private final BoardActions board;
    private final JdbcClient jdbc;

    ResultsPages(Results results, Tabulation tabulation, BoardActions board, JdbcClient jdbc) {
        this.results = results;
        this.tabulation = tabulation;
        this.board = board;
        this.jdbc = jdbc;
    }

    @GetMapping("/results")
    String nation(Model model) {
        return region(model, null);
    }

    @GetMapping("/results/province/{id}")
    String province(@PathVariable String id, Model model) {
        return region(model, "province:" + id);
    }

    @GetMapping("/results/county/{id}")
    String county(@PathVariable String id, Model model) {
        return region(model, "county:" + id);
    }

    private String region(Model model, String scope) {
        var rows = tabulation.contestRows(scope);
        var regions = Regions.of(rows, scope);
        model.addAttribute("scope", scope);
        model.addAttribute("version", results.version());
        model.addAttribute("head", regions.isEmpty() ? null : regions.get(0));
        model.addAttribute("parts", regions.size() > 1 ? regions.subList(1, regions.size()) : java.util.List.of());
        // a county lists its contests; a province the ones spanning its counties (Majlis and Experts by-elections)
        model.addAttribute("contests", scope == null ? java.util.List.of() : scope.startsWith("county:") ? rows
                : rows.stream().filter(r -> r.countyId().isBlank()).toList());
        model.addAttribute("changes", results.changes(null).stream().limit(20).toList());
        return "results/region";
    }

    @GetMapping("/results/contest/{id}")
    String contest(@PathVariable String id, Model model) {
        model.addAttribute("r", results.contest(id));
        model.addAttribute("lot", board.lot(id).orElse(null));
        model.addAttribute("version", results.version());
        model.addAttribute("changes", results.changes(id));
        model.addAttribute("objections", board.objections(id));
        return "results/contest";
    }

    @GetMapping("/results/contest/{id}/minutes")
    String minutes(@PathVariable String id, Model model) {
        var r = results.contest(id);
        model.addAttribute("r", r);
        model.addAttribute("changes", results.changes(id));
        model.addAttribute("lot", board.lot(id).orElse(null));
        model.addAttribute("members", results.boardMembersOf(id));
        return "results/minutes";
    }

    @GetMapping("/results/station/{code}")
    String station(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("s", StationReports.find(jdbc, code).orElseThrow(() -> StationReports.notFound(code)));
        return "results/station";
    }

    @GetMapping("/results/station/{code}/report.txt")
    ResponseEntity<byte[]> reportText(@PathVariable String code) {
        var s = StationReports.find(jdbc, code).orElseThrow(() -> StationReports.notFound(code));
        return download(code + ".txt", s.text());
    }

    @GetMapping("/results/station/{code}/report.sig")
    ResponseEntity<byte[]> reportSignature(@PathVariable String code) {
        var s = StationReports.find(jdbc, code).orElseThrow(() -> StationReports.notFound(code));
        return download(code + ".sig", s.signature() + "\n");
    }

    private static ResponseEntity<byte[]> download(String name, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/results/contest/{id}/objection")
    String objectionForm(@PathVariable String id, Model model) {
        model.addAttribute("def", results.definition(id));
        return "results/objection";
    }

    @PostMapping("/results/contest/{id}/objection")
    String object(@PathVariable String id, @RequestParam(required = false) String stationCode, @RequestParam String candidateCode,
                  @RequestParam String text, RedirectAttributes flash) {
        long n = results.object(id, stationCode, candidateCode, text);
        flash.addFlashAttribute("notice", n);
        return "redirect:/results/contest/" + id;
    }
}
