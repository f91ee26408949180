package org.entekhabat.vetting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.EducationAllowance;
import org.entekhabat.candidacy.EducationLevel;
import org.entekhabat.candidacy.ImportedCandidate;
import org.entekhabat.candidacy.Jalali;
import org.entekhabat.candidacy.Sex;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.NationalCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code entekhabat import candidates FILE}: finally approved candidates for drills, tests and the demo,
 * created through the real services (candidacy's import, vetting's imported case, the seeded public code
 * draw, Tehran lists, the final list as a drill), each marked as imported in the audit. All rows are
 * checked before anything is written, and the whole file is one transaction. Running it again changes
 * nothing. The draw seed is {@code import:<constituency>}, so codes are the same in every database.
 *
 * <p>CSV (UTF-8, lines starting with # are comments), header:
 * {@code constituency_id,national_code,first_name,last_name,sex,birth_date,education,prior_council_member,list_title,list_party};
 * birth_date ISO (1975-03-21) or Jalali (1354/01/01); list_title empty for an individual. An optional last
 * column {@code allowances} lists Art. 37(z) grounds separated by ';' (e.g. {@code VETERAN;FREED_POW}; empty: none).
 */
@Service
public class CandidateImport {

    static final String HEADER = "constituency_id,national_code,first_name,last_name,sex,birth_date,education,prior_council_member,list_title,list_party";
    static final String ALLOWANCES = ",allowances";
    static final String ACTOR = "import";

    private final CandidateRegistrations registrations;
    private final VettingService vetting;
    private final TehranListService lists;
    private final FinalLists finalLists;

    CandidateImport(CandidateRegistrations registrations, VettingService vetting, TehranListService lists, FinalLists finalLists) {
        this.registrations = registrations;
        this.vetting = vetting;
        this.lists = lists;
        this.finalLists = finalLists;
    }

    /** What one run did, per constituency. */
    public record Result(int rows, int created, int existing, List<Constituency> constituencies) {}

    public record Constituency(String id, int candidates, int lists, boolean codesDrawnNow, boolean publishedNow) {}

    record Row(int line, ImportedCandidate candidate, String listTitle, String listParty) {}

    @Transactional
    public Result importCsv(Reader csv, int firstCode) {
        List<Row> rows = parse(csv);
        int created = 0;
        var trackingIds = new LinkedHashMap<Row, String>();
        for (Row r : rows) {
            boolean existed = registrations.findConstituency(r.candidate().constituencyId()).isPresent()
                    && alreadyThere(r);
            var a = registrations.importApproved(r.candidate(), ACTOR);
            trackingIds.put(r, a.trackingId());
            if (!existed) created++;
        }
        var summary = new ArrayList<Constituency>();
        var byConstituency = new LinkedHashMap<String, List<Row>>();
        rows.forEach(r -> byConstituency.computeIfAbsent(r.candidate().constituencyId(), k -> new ArrayList<>()).add(r));
        for (var e : byConstituency.entrySet()) {
            summary.add(finish(e.getKey(), e.getValue(), trackingIds, firstCode));
        }
        return new Result(rows.size(), created, rows.size() - created, summary);
    }

    private boolean alreadyThere(Row r) {
        return registrations.applicationsOf(r.candidate().constituencyId()).stream()
                .anyMatch(a -> a.nationalCode().equals(r.candidate().nationalCode()) && a.status().name().equals("SUBMITTED"));
    }

    private Constituency finish(String id, List<Row> rows, Map<Row, String> trackingIds, int firstCode) {
        boolean draw = vetting.candidateCodes(id).isEmpty();
        if (draw) vetting.drawCandidateCodes(id, "import:" + id, firstCode, ACTOR);
        var titles = new LinkedHashMap<String, List<Row>>();
        rows.stream().filter(r -> !r.listTitle().isEmpty()).forEach(r -> titles.computeIfAbsent(r.listTitle(), k -> new ArrayList<>()).add(r));
        var existing = lists.lists(id).stream().map(TehranListService.RegisteredList::title).toList();
        for (var t : titles.entrySet()) {
            if (existing.contains(t.getKey())) continue;
            lists.register(id, t.getKey(), t.getValue().getFirst().listParty(),
                    t.getValue().stream().map(trackingIds::get).toList(), ACTOR, true);
        }
        if (!titles.isEmpty() && lists.listCodes(id).isEmpty()) lists.drawListCodes(id, "import-lists:" + id, ACTOR);
        boolean publish = !finalLists.published(id);
        if (publish) finalLists.publish(id, ACTOR, true);
        return new Constituency(id, rows.size(), titles.size(), draw, publish);
    }

    /** Reads and checks every row; the first problems (up to 20) are reported together with their line numbers. */
    List<Row> parse(Reader csv) {
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<String>();
        var seen = new LinkedHashSet<String>();
        try (var in = new BufferedReader(csv)) {
            String line;
            int n = 0;
            boolean header = false;
            int fields = 10;
            while ((line = in.readLine()) != null) {
                n++;
                String text = line.replace("\uFEFF", "").strip();
                if (text.isEmpty() || text.startsWith("#")) continue;
                if (!header) {
                    if (text.equals(HEADER + ALLOWANCES)) fields = 11;
                    else if (!text.equals(HEADER)) problems.add("line " + n + ": the header must be " + HEADER + " (optionally " + ALLOWANCES + ")");
                    header = true;
                    continue;
                }
                try {
                    var row = row(n, text.split(",", -1), fields);
                    if (!seen.add(row.candidate().constituencyId() + "|" + row.candidate().nationalCode())) {
                        throw new IllegalArgumentException("the same person twice in one constituency");
                    }
                    rows.add(row);
                } catch (RuntimeException e) {
                    problems.add("line " + n + ": " + (e instanceof DomainException d ? d.messageEn() : e.getMessage()));
                }
                if (problems.size() >= 20) break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && problems.isEmpty()) problems.add("no candidate rows");
        if (!problems.isEmpty()) {
            throw new DomainException(400, "candidate-import.invalid", "فایل نامزدها پذیرفته نشد و چیزی وارد نشد: " + String.join("؛ ", problems),
                    "The candidate file was refused and nothing was imported: " + String.join("; ", problems), Map.of("problems", problems));
        }
        return rows;
    }

    private Row row(int line, String[] f, int fields) {
        if (f.length != fields) throw new IllegalArgumentException("expected " + fields + " fields, found " + f.length);
        String constituency = f[0].strip();
        if (registrations.findConstituency(constituency).isEmpty()) {
            throw new IllegalArgumentException("unknown constituency '" + constituency + "' (is the election loaded?)");
        }
        String code = NationalCode.parse(f[1].strip()).value();
        Sex sex = Sex.valueOf(f[4].strip().toUpperCase(Locale.ROOT));
        String b = f[5].strip();
        LocalDate birth = b.contains("/") ? Jalali.parse(b) : LocalDate.parse(b);
        EducationLevel education = f[6].isBlank() ? null : EducationLevel.valueOf(f[6].strip().toUpperCase(Locale.ROOT));
        boolean prior = Boolean.parseBoolean(f[7].strip());
        if (f[2].isBlank() || f[3].isBlank()) throw new IllegalArgumentException("first and last name are required");
        var allowances = new java.util.HashSet<EducationAllowance>();
        if (fields == 11) {
            for (String a : f[10].split(";")) if (!a.isBlank()) allowances.add(EducationAllowance.valueOf(a.strip().toUpperCase(Locale.ROOT)));
        }
        return new Row(line, new ImportedCandidate(code, f[2].strip(), f[3].strip(), birth, sex, constituency, education, prior, allowances),
                f[8].strip(), f[9].strip());
    }
}
