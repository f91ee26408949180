package org.entekhabat.vetting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.entekhabat.platform.DomainException;

/**
 * The public draw of ballot codes (کد نامزد) in a constituency. Anyone can repeat it: sort the ids, then
 * a Fisher–Yates shuffle whose i-th swap index is drawn from SHA-256(seed ":" i ":" attempt) (the first
 * 8 bytes as an unsigned number, rejection-sampled so every index is equally likely). Position k gets
 * code {@code firstCode + k}. The seed is published before the draw; the record below is what is kept.
 */
public final class CodeDraw {

    private CodeDraw() {}

    /**
     * @param constituencyId where
     * @param sortedIds      the ids in sorted order, as drawn
     * @param seed           the public seed
     * @param firstCode      the lowest code
     * @param codes          id → code, in code order
     */
    public record Result(String constituencyId, List<String> sortedIds, String seed, int firstCode, Map<String, Integer> codes) {
        public Result {
            sortedIds = List.copyOf(sortedIds);
            codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        }

        /** True if repeating the draw from the recorded inputs gives the recorded codes. */
        public boolean reproducible() {
            return draw(constituencyId, sortedIds, seed, firstCode).codes().equals(codes);
        }
    }

    public static Result draw(String constituencyId, Collection<String> ids, String seed, int firstCode) {
        if (seed == null || seed.isBlank()) {
            throw DomainException.badInput("code-draw.seed", "بذر قرعه‌کشی باید اعلام شود.", "The draw needs a public seed.");
        }
        var sorted = new ArrayList<>(new TreeSet<>(ids));
        if (sorted.size() != ids.size()) {
            throw DomainException.badInput("code-draw.duplicate", "شناسهٔ تکراری در قرعه‌کشی.", "Duplicate id in the draw.");
        }
        List<String> order = shuffle(sorted, seed);
        var codes = new LinkedHashMap<String, Integer>();
        for (int k = 0; k < order.size(); k++) codes.put(order.get(k), firstCode + k);
        return new Result(constituencyId, sorted, seed, firstCode, codes);
    }

    static List<String> shuffle(List<String> sorted, String seed) {
        var a = new ArrayList<>(sorted);
        for (int i = a.size() - 1; i > 0; i--) {
            int j = uniform(seed, i, i + 1);
            var t = a.get(i);
            a.set(i, a.get(j));
            a.set(j, t);
        }
        return a;
    }

    /** A number in [0, bound) from the seed and step, without modulo bias. */
    static int uniform(String seed, int step, int bound) {
        long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
        for (int attempt = 0; ; attempt++) {
            long v = first8Bytes(seed + ":" + step + ":" + attempt) >>> 1; // 63 bits, non-negative
            if (v < limit) return (int) (v % bound);
        }
    }

    private static long first8Bytes(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (d[i] & 0xff);
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
