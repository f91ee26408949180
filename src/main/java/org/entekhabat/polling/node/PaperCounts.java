package org.entekhabat.polling.node;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.polling.StationPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paper ballots counted at close, as one staff member entered them (Abacus-style double entry:
 * two entries by two people, counted only when equal). Sorted maps, so equal counts are equal
 * records and the same JSON.
 */
record PaperCounts(long paperBallots, SortedMap<String, Contest> contests) {

    record Contest(long ballots, long blank, long invalid, SortedMap<String, Long> candidates, SortedMap<String, Long> lists) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    PaperCounts {
        contests = new TreeMap<>(contests);
    }

    static PaperCounts zero(StationPackage pkg) {
        var m = new TreeMap<String, Contest>();
        for (var c : pkg.contests()) m.put(c.id(), new Contest(0, 0, 0, new TreeMap<>(), new TreeMap<>()));
        return new PaperCounts(0, m);
    }

    /**
     * Reads the form: {@code paperBallots}, and per contest {@code C.ballots}, {@code C.blank},
     * {@code C.invalid}, {@code C.cand.CODE}, {@code C.list.CODE} (empty fields are 0).
     */
    static PaperCounts fromForm(StationPackage pkg, Map<String, String> form) {
        var m = new TreeMap<String, Contest>();
        for (var c : pkg.contests()) {
            var cands = new TreeMap<String, Long>();
            for (var k : c.candidates()) put(cands, k.code(), number(form, c.id() + ".cand." + k.code()));
            var lists = new TreeMap<String, Long>();
            for (var l : c.lists()) put(lists, l.code(), number(form, c.id() + ".list." + l.code()));
            long ballots = number(form, c.id() + ".ballots"), blank = number(form, c.id() + ".blank"), invalid = number(form, c.id() + ".invalid");
            if (blank + invalid > ballots) {
                throw DomainException.badInput("paper.inconsistent", "در «" + c.nameFa() + "» جمع آرای سفید و باطله از کل برگه‌ها بیشتر است.",
                        "In " + c.id() + " blank + invalid exceed the ballots.");
            }
            for (var e : cands.entrySet()) {
                if (e.getValue() > ballots - blank - invalid) {
                    throw DomainException.badInput("paper.inconsistent", "در «" + c.nameFa() + "» آرای نامزد " + PersianNumbers.digits(e.getKey())
                            + " از برگه‌های صحیح بیشتر است.", "In " + c.id() + " candidate " + e.getKey() + " has more votes than valid ballots.");
                }
            }
            m.put(c.id(), new Contest(ballots, blank, invalid, cands, lists));
        }
        return new PaperCounts(number(form, "paperBallots"), m);
    }

    private static void put(TreeMap<String, Long> m, String code, long n) {
        if (n > 0) m.put(code, n);
    }

    private static long number(Map<String, String> form, String key) {
        String v = PersianNumbers.latin(form.getOrDefault(key, "")).trim();
        if (v.isEmpty()) return 0;
        if (!v.matches("\\d{1,7}")) {
            throw DomainException.badInput("paper.number", "«" + PersianNumbers.digits(v) + "» عدد درستی نیست.", "'" + v + "' is not a count.");
        }
        return Long.parseLong(v);
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static PaperCounts parse(String json) {
        return JSON.readValue(json, PaperCounts.class);
    }

    /** Where two entries differ, in words (empty when equal). */
    java.util.List<String> differences(PaperCounts other) {
        var out = new java.util.ArrayList<String>();
        if (paperBallots != other.paperBallots) out.add("paperBallots: " + paperBallots + " ≠ " + other.paperBallots);
        for (var id : contests.keySet()) {
            var a = contests.get(id);
            var b = other.contests.get(id);
            if (b == null) { out.add(id + ": missing"); continue; }
            if (a.ballots() != b.ballots()) out.add(id + " ballots: " + a.ballots() + " ≠ " + b.ballots());
            if (a.blank() != b.blank()) out.add(id + " blank: " + a.blank() + " ≠ " + b.blank());
            if (a.invalid() != b.invalid()) out.add(id + " invalid: " + a.invalid() + " ≠ " + b.invalid());
            diff(out, id + " candidate ", a.candidates(), b.candidates());
            diff(out, id + " list ", a.lists(), b.lists());
        }
        return out;
    }

    private static void diff(java.util.List<String> out, String prefix, Map<String, Long> a, Map<String, Long> b) {
        var keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            long x = a.getOrDefault(k, 0L), y = b.getOrDefault(k, 0L);
            if (x != y) out.add(prefix + k + ": " + x + " ≠ " + y);
        }
    }
}
