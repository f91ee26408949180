package org.entekhabat.vetting.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.FinalList;
import org.entekhabat.vetting.FinalLists;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published final candidate lists, public: {@code /api/public/candidates/{constituencyId}.json} and
 * {@code .csv} (UTF-8 with a byte-order mark, so spreadsheet programs read Persian). Codes, names, lists.
 * Nothing before publication.
 */
@RestController
class PublicCandidates {

    private final FinalLists finalLists;

    PublicCandidates(FinalLists finalLists) {
        this.finalLists = finalLists;
    }

    @GetMapping("/api/public/candidates")
    Map<String, Object> index() {
        return Map.of("published", finalLists.publishedConstituencies());
    }

    @GetMapping("/api/public/candidates/{file}")
    ResponseEntity<?> export(@PathVariable String file) {
        int dot = file.lastIndexOf('.');
        String id = dot < 0 ? file : file.substring(0, dot);
        String format = dot < 0 ? "json" : file.substring(dot + 1);
        FinalList list = find(id);
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(list));
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(id + ".csv").build().toString())
                    .body(csv(list));
            default -> throw DomainException.notFound("final-list.format", "قالب «" + format + "» پشتیبانی نمی‌شود (json یا csv).",
                    "Format '" + format + "' is not supported (json or csv).");
        };
    }

    FinalList find(String id) {
        return finalLists.find(id).orElseThrow(() -> DomainException.notFound("final-list.not-published",
                "فهرست نهایی نامزدهای این حوزه هنوز اعلام نشده است.", "The final candidate list of this constituency is not published yet."));
    }

    static Map<String, Object> json(FinalList l) {
        var m = new LinkedHashMap<String, Object>();
        m.put("constituencyId", l.constituencyId());
        m.put("constituencyName", l.constituencyName());
        m.put("kind", l.kindEn());
        m.put("publishedAt", l.publishedAt().toString());
        m.put("drill", l.drill());
        m.put("candidates", l.candidates().stream().map(c -> {
            var x = new LinkedHashMap<String, Object>();
            x.put("code", c.code());
            x.put("firstName", c.firstName());
            x.put("lastName", c.lastName());
            x.put("listTitle", c.listTitle());
            x.put("listCode", c.listCode());
            return x;
        }).toList());
        m.put("lists", l.lists().stream().map(p -> Map.of("code", p.code(), "title", p.title(), "party", p.party(),
                "memberCodes", p.memberCodes())).toList());
        return m;
    }

    static String csv(FinalList l) {
        var out = new StringBuilder("\uFEFFcode,first_name,last_name,list_code,list_title\r\n");
        for (var c : l.candidates()) {
            out.append(c.code()).append(',').append(cell(c.firstName())).append(',').append(cell(c.lastName())).append(',')
                    .append(c.listCode() == null ? "" : c.listCode()).append(',').append(cell(c.listTitle())).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(String s) {
        if (s == null) return "";
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
