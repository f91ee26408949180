package org.entekhabat.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StationJournalTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T04:30:00Z"), ZoneOffset.UTC);
    static final DeviceKeys KEYS = DeviceKeys.generate("ST-0001-V");

    @TempDir Path dir;

    private Path journalWith(int entries) {
        Path file = dir.resolve("journal.ejr");
        try (var j = StationJournal.open(file, KEYS, CLOCK)) {
            for (int i = 0; i < entries; i++) j.append(EventType.AUTHENTICATED, Map.of("token", "t" + i, "style", "S1"));
        }
        return file;
    }

    @Test
    void appendsChainsAndReopens() {
        Path file = journalWith(20);
        try (var j = StationJournal.open(file, KEYS, CLOCK)) {
            assertThat(j.recovery().isClean()).isTrue();
            assertThat(j.lastSeq()).isEqualTo(21);
            var entries = j.entries();
            assertThat(entries.getFirst().is(EventType.GENESIS)).isTrue();
            assertThat(entries.get(5).prevHash()).isEqualTo(entries.get(4).hash());
            assertThat(entries.get(5).get("token")).isEqualTo("t4");
            j.append(EventType.CLOSE, Map.of("by", "chair, \"quoted\"\n"));
        }
        var result = JournalVerifier.verify(file, KEYS.publicKey());
        assertThat(result.entries()).hasSize(22);
        assertThat(result.entries().getLast().get("by")).isEqualTo("chair, \"quoted\"\n");
        assertThat(result.tornTail()).isEmpty();
    }

    @Test
    void anotherDevicesKeyFailsOnTheFirstRecord() {
        Path file = journalWith(3);
        assertThatThrownBy(() -> JournalVerifier.verify(file, DeviceKeys.generate("X").publicKey()))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> assertThat(e.seq()).isEqualTo(1));
    }

    /** Property: cutting the file anywhere inside the last record is a torn tail, reported and cut, never silent. */
    @Test
    void everyTornTailIsCutAndJournaled() throws Exception {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            Path file = dir.resolve("torn" + round + ".ejr");
            long lastOffset;
            try (var j = StationJournal.open(file, KEYS, CLOCK)) {
                for (int i = 0; i < 5; i++) j.append(EventType.BALLOT_BEGIN, Map.of("token", "t" + i));
                lastOffset = j.entries().getLast().offset();
            }
            long size = Files.size(file);
            long cut = lastOffset + 1 + random.nextInt((int) (size - lastOffset - 1));
            try (var ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(cut);
            }
            if (random.nextBoolean()) Files.write(file, new byte[random.nextInt(40)], StandardOpenOption.APPEND); // zero-filled junk after a power cut
            try (var j = StationJournal.open(file, KEYS, CLOCK)) {
                assertThat(j.recovery().actions()).as("seed %d round %d", seed, round).hasSize(1);
                var last = j.entries().getLast();
                assertThat(last.type()).as("seed %d", seed).isEqualTo("RECOVERY");
                assertThat(last.get("cutAtOffset")).isEqualTo(Long.toString(lastOffset));
                assertThat(j.lastSeq()).isEqualTo(6); // genesis + 4 whole + recovery
                assertThat(Files.exists(dir.resolve(last.get("keptIn")))).isTrue();
            }
            try (var j = StationJournal.open(file, KEYS, CLOCK)) {
                assertThat(j.recovery().isClean()).as("seed %d round %d", seed, round).isTrue();
            }
        }
    }

    /** Property: any changed byte before the last record is named (seq and offset) and refused. */
    @Test
    void aChangedByteInTheMiddleIsNamedAndRefused() throws Exception {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        Path file = journalWith(30);
        byte[] original = Files.readAllBytes(file);
        var entries = JournalVerifier.verify(file, KEYS.publicKey()).entries();
        long lastOffset = entries.getLast().offset();
        for (int round = 0; round < 300; round++) {
            byte[] bytes = original.clone();
            int at = random.nextInt((int) lastOffset);
            bytes[at] ^= (byte) (1 + random.nextInt(255));
            Files.write(file, bytes);
            int victim = 0;
            while (victim + 1 < entries.size() && entries.get(victim + 1).offset() <= at) victim++;
            var expected = entries.get(victim);
            assertThatThrownBy(() -> StationJournal.open(file, KEYS, CLOCK))
                    .as("seed %d, byte %d", seed, at)
                    .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                        assertThat(e.seq()).as("seed %d, byte %d", seed, at).isEqualTo(expected.seq());
                        assertThat(e.offset()).as("seed %d, byte %d", seed, at).isEqualTo(expected.offset());
                        assertThat(e.getMessage()).contains("#" + expected.seq()).contains("offset " + expected.offset());
                    });
            assertThat(Files.readAllBytes(file)).as("refusal changes nothing").isEqualTo(bytes);
        }
    }

    @Test
    void aRecordRemovedFromTheMiddleBreaksTheChain() throws Exception {
        Path file = journalWith(5);
        byte[] bytes = Files.readAllBytes(file);
        var entries = JournalVerifier.verify(file, KEYS.publicKey()).entries();
        int from = (int) entries.get(2).offset(), to = (int) entries.get(3).offset();
        byte[] cut = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, cut, 0, from);
        System.arraycopy(bytes, to, cut, from, bytes.length - to);
        assertThatThrownBy(() -> JournalVerifier.verify(cut, KEYS.publicKey()))
                .isInstanceOfSatisfying(JournalCorruptedException.class, e -> {
                    assertThat(e.seq()).isEqualTo(3);
                    assertThat(e.offset()).isEqualTo(from);
                });
    }

    @Test
    void aCutThatWasNeverJournaledIsJournaledOnTheNextOpen() throws Exception {
        Path file = journalWith(2);
        // a crash after the side file was written and the tail cut, before RECOVERY was appended
        Files.write(dir.resolve("journal.ejr.torn-999"), new byte[] {1, 2, 3});
        try (var j = StationJournal.open(file, KEYS, CLOCK)) {
            assertThat(j.recovery().actions()).singleElement().asString().contains("torn-999");
            assertThat(j.entries().getLast().get("keptIn")).isEqualTo("journal.ejr.torn-999");
        }
        try (var j = StationJournal.open(file, KEYS, CLOCK)) {
            assertThat(j.recovery().isClean()).isTrue();
        }
    }

    @Test
    void keysRoundTripThroughADirectory() {
        var keys = DeviceKeys.generate(dir.resolve("keys"), "ST-0002-A");
        var loaded = DeviceKeys.load(dir.resolve("keys"));
        assertThat(loaded.deviceId()).isEqualTo("ST-0002-A");
        assertThat(loaded.fingerprint()).isEqualTo(keys.fingerprint());
        byte[] sig = loaded.sign("hello");
        assertThat(DeviceKeys.verify(DeviceKeys.loadPublicKey(dir.resolve("keys/device-ed25519.pub")),
                "hello".getBytes(), sig)).isTrue();
        assertThatThrownBy(() -> DeviceKeys.generate(dir.resolve("keys"), "ST-0002-A")).isInstanceOf(IllegalStateException.class);
    }
}
