package org.entekhabat.vetting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A county's inquiry status board (DOMAIN §3: "deadlines, reminders and a status board per county; a late
 * or missing answer is shown as such, never treated as clear"): per authority how many inquiries stand in
 * each status, how many reminders went out and the next deadline; and every late or missing answer by name.
 */
public record InquiryBoard(String countyCode, Instant at, List<Row> rows, List<Problem> problems) {

    /** One authority's line. {@code nextDeadline} is the earliest deadline still pending, or null. */
    public record Row(Authority authority, int pending, int clear, int finding, int late, int noAnswer, int reminders,
                      Instant nextDeadline) {
        public int total() { return pending + clear + finding + late + noAnswer; }
    }

    /** A late or missing answer: status is LATE or NO_ANSWER, never CLEAR. */
    public record Problem(String candidate, String constituencyId, Authority authority, InquiryStatus status,
                          Instant deadline, int reminders) {}

    /** One inquiry on the board, with its constituency and how many reminders it got. */
    public record Entry(Inquiry inquiry, String constituencyId, int reminders) {}

    public static InquiryBoard of(String countyCode, Instant now, List<Entry> entries) {
        var counts = new EnumMap<Authority, int[]>(Authority.class);
        var next = new EnumMap<Authority, Instant>(Authority.class);
        for (Authority a : Authority.values()) counts.put(a, new int[6]);
        var problems = new ArrayList<Problem>();
        for (Entry e : entries) {
            Inquiry i = e.inquiry();
            InquiryStatus s = i.status(now);
            int[] c = counts.get(i.authority());
            c[s.ordinal()]++;
            c[5] += e.reminders();
            if (s == InquiryStatus.PENDING) next.merge(i.authority(), i.deadline(), (x, y) -> x.isBefore(y) ? x : y);
            if (s == InquiryStatus.LATE || s == InquiryStatus.NO_ANSWER) {
                problems.add(new Problem(i.candidate(), e.constituencyId(), i.authority(), s, i.deadline(), e.reminders()));
            }
        }
        problems.sort(Comparator.comparing(Problem::deadline).thenComparing(Problem::candidate).thenComparing(Problem::authority));
        var rows = new ArrayList<Row>();
        for (Map.Entry<Authority, int[]> r : counts.entrySet()) {
            int[] c = r.getValue();
            rows.add(new Row(r.getKey(), c[InquiryStatus.PENDING.ordinal()], c[InquiryStatus.CLEAR.ordinal()],
                    c[InquiryStatus.FINDING.ordinal()], c[InquiryStatus.LATE.ordinal()], c[InquiryStatus.NO_ANSWER.ordinal()],
                    c[5], next.get(r.getKey())));
        }
        return new InquiryBoard(countyCode, now, List.copyOf(rows), List.copyOf(problems));
    }
}
