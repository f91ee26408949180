package org.entekhabat.tally.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.tally.Lot;
import org.entekhabat.tally.LotDraw;
import org.entekhabat.tally.TraceStep;

/** The state of one count: the lot with its draw counter, the draws made, the trace written. */
public final class CountContext {

    private final Lot lot;
    private int nextDraw = 1;
    private final List<LotDraw> draws = new ArrayList<>();
    private final List<TraceStep> trace = new ArrayList<>();

    public CountContext(Lot lot) {
        this.lot = lot;
    }

    public Lot lot() { return lot; }

    public List<LotDraw> draws() { return List.copyOf(draws); }

    public List<TraceStep> trace() { return List.copyOf(trace); }

    /** Draws the lot among tied codes for a cut, records the draw and traces it. */
    public LotDraw draw(Collection<String> codes, String cutFa, String cutEn) {
        int index = nextDraw++;
        List<String> outcome = lot.order(index, codes);
        List<String> tied = codes.stream().sorted().toList();
        var d = new LotDraw(index, cutFa, cutEn, tied, outcome, lot.digest(index, codes));
        draws.add(d);
        step("lot",
                "قرعه شماره " + Fa.d(index) + " برای " + cutFa + " میان " + Fa.codes(tied) + " با بذر ثبت‌شده: ترتیب قرعه "
                        + Fa.codes(outcome) + " (چکیده " + d.digestHex() + ").",
                "Lot draw #" + index + " for the " + cutEn + " among " + String.join(", ", tied)
                        + " with the recorded seed: drawn order " + String.join(", ", outcome)
                        + " (digest " + d.digestHex() + ").",
                numbers("draw", index, "seed", lot.seedHex(), "tied", String.join(",", tied),
                        "outcome", String.join(",", outcome), "digest", d.digestHex()));
        return d;
    }

    public void step(String kind, String fa, String en, Map<String, String> numbers) {
        trace.add(new TraceStep(trace.size() + 1, kind, fa, en, numbers));
    }

    /** Key/value pairs (values via toString) in order. */
    public static Map<String, String> numbers(Object... keyValues) {
        var m = new LinkedHashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i].toString(), String.valueOf(keyValues[i + 1]));
        return m;
    }
}
