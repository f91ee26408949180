package org.entekhabat.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

class TrackingIdAndDocumentsTest {

    private static final long SEED = Long.getLong("test.seed", System.nanoTime());

    @Test
    void everyRandomIdIsValidAndAnySingleTypoIsCaught() {
        var r = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            String id = TrackingId.random(r).value();
            assertThat(TrackingId.isValid(id)).as("seed %d %s", SEED, id).isTrue();
            assertThat(TrackingId.parseOrNull(id.toLowerCase().replace("-", ""))).as("seed %d", SEED).isEqualTo(new TrackingId(id));
            int pos = new int[] {0, 1, 2, 3, 5, 6, 7, 8, 10}[r.nextInt(9)];
            char other;
            do other = TrackingId.ALPHABET.charAt(r.nextInt(32)); while (other == id.charAt(pos));
            String typo = id.substring(0, pos) + other + id.substring(pos + 1);
            assertThat(TrackingId.isValid(typo)).as("seed %d %s -> %s", SEED, id, typo).isFalse();
        }
        assertThat(TrackingId.parseOrNull("not-an-id")).isNull();
    }

    static UploadedDocument doc(String type, byte[] content) {
        return new UploadedDocument(DocumentType.PHOTO, "f", type, content);
    }

    @Test
    void magicBytesDecideNotTheDeclaredType() {
        assertThat(DocumentRules.check(doc("image/png", Candidates.PNG))).isEqualTo("image/png");
        assertThat(DocumentRules.check(doc("application/pdf", Candidates.PDF))).isEqualTo("application/pdf");
        assertThat(DocumentRules.check(doc("image/jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))).isEqualTo("image/jpeg");
        refused(doc("image/png", Candidates.PDF), "document.type-mismatch");
        refused(doc("image/gif", "GIF89a".getBytes()), "document.type");
        refused(doc("image/png", new byte[0]), "document.empty");
    }

    @Test
    void twoMegabytesExactlyPassOneByteMoreFails() {
        byte[] ok = Arrays.copyOf(Candidates.PDF, DocumentRules.MAX_BYTES);
        assertThat(DocumentRules.check(doc("application/pdf", ok))).isEqualTo("application/pdf");
        refused(doc("application/pdf", Arrays.copyOf(Candidates.PDF, DocumentRules.MAX_BYTES + 1)), "document.too-large");
    }

    static void refused(UploadedDocument d, String code) {
        assertThatThrownBy(() -> DocumentRules.check(d)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(code));
    }
}
