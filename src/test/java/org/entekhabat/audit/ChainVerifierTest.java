package org.entekhabat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    static List<AuditEntry> chain(int n) {
        var list = new ArrayList<AuditEntry>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            var at = Instant.parse("2026-01-11T04:30:00Z").plusSeconds(i);
            String details = CanonicalJson.write(Map.of("i", i));
            String hash = AuditChain.hash(i, at, "a", "x.done", "s:" + i, "", details, prev);
            list.add(new AuditEntry(i, at, "a", "x.done", "s:" + i, "", details, prev, hash));
            prev = hash;
        }
        return list;
    }

    static Verification verify(List<AuditEntry> entries, long headSeq, String headHash) {
        var v = new ChainVerifier(headSeq, headHash);
        for (var e : entries) if (!v.accept(e)) break;
        return v.finish();
    }

    @Test
    void canonicalJsonSortsKeysAndEscapes() {
        var m = new LinkedHashMap<String, Object>();
        m.put("z", List.of(1, 2.5, true));
        m.put("a", "line\n\"q\"");
        m.put("m", Map.of("b", 1L, "a", "ی"));
        assertThat(CanonicalJson.write(m)).isEqualTo("{\"a\":\"line\\n\\\"q\\\"\",\"m\":{\"a\":\"ی\",\"b\":1},\"z\":[1,2.5,true]}");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        var at = Instant.EPOCH;
        assertThat(AuditChain.hash(1, at, "ab", "c", "", "", "{}", AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, at, "a", "bc", "", "", "{}", AuditChain.GENESIS));
    }

    /** Any single change, deletion or forged entry in a random chain is found at the right seq. */
    @Test
    void findsTheFirstBrokenLinkInRandomChains() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int c = 0; c < 1_000; c++) {
            int n = 2 + random.nextInt(30);
            var entries = chain(n);
            var last = entries.getLast();
            assertThat(verify(entries, n, last.hash()).intact()).as("seed %d", seed).isTrue();
            int k = random.nextInt(n);
            var e = entries.get(k);
            var broken = new ArrayList<>(entries);
            switch (random.nextInt(3)) {
                case 0 -> {
                    broken.set(k, new AuditEntry(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), "forged", e.details(), e.prevHash(), e.hash()));
                    assertThat(verify(broken, n, last.hash()).broken()).as("seed %d", seed)
                            .extracting(Verification.Break::seq, Verification.Break::kind).containsExactly(e.seq(), Verification.Kind.ALTERED);
                }
                case 1 -> {
                    broken.remove(k);
                    assertThat(verify(broken, n, last.hash()).broken()).as("seed %d", seed)
                            .extracting(Verification.Break::seq, Verification.Break::kind).containsExactly(e.seq(), Verification.Kind.DELETED);
                }
                default -> {
                    String h = AuditChain.hash(n + 1, last.recordedAt(), "x", "y", "z", "", "{}", last.hash());
                    broken.add(new AuditEntry(n + 1, last.recordedAt(), "x", "y", "z", "", "{}", last.hash(), h));
                    assertThat(verify(broken, n, last.hash()).broken()).as("seed %d", seed)
                            .extracting(Verification.Break::seq, Verification.Break::kind).containsExactly((long) n + 1, Verification.Kind.INSERTED);
                }
            }
        }
    }
}
