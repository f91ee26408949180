package org.entekhabat.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BallotBoxTest {

    static final DeviceKeys KEYS = DeviceKeys.generate("ST-0001-V");

    @TempDir Path dir;

    static Ballot ballot(Random random) {
        var codes = new ArrayList<String>();
        for (int i = 0, n = random.nextInt(8); i < n; i++) codes.add(Integer.toString(1000 + random.nextInt(9000)));
        return new Ballot("CITY-7", List.of(
                new Ballot.ContestChoice("council-city", codes),
                new Ballot.ContestChoice("majlis-by", random.nextBoolean() ? List.of() : List.of("213"))));
    }

    @Test
    void ballotsRoundTripAndVerify() {
        var random = new Random(7);
        var cast = new ArrayList<SealedBallot>();
        Path file = dir.resolve("box.ebb");
        try (var box = BallotBox.open(file, KEYS, 50)) {
            for (int i = 0; i < 40; i++) cast.add(box.put(ballot(random)));
            assertThat(box.filled()).isEqualTo(40);
        }
        var v = BallotBox.verify(file, KEYS.publicKey());
        assertThat(v.ok()).isTrue();
        assertThat(v.ballots()).hasSize(40);
        var byNonce = new java.util.HashMap<String, Ballot>();
        v.ballots().forEach(b -> byNonce.put(b.nonceHex(), b.ballot()));
        cast.forEach(b -> assertThat(byNonce.get(b.nonceHex())).isEqualTo(b.ballot()));
        // reopened: the same 40, 10 empty slots left
        try (var box = BallotBox.open(file, KEYS, 999)) {
            assertThat(box.capacity()).isEqualTo(50);
            assertThat(box.filled()).isEqualTo(40);
        }
    }

    /** Slot order must not follow casting order: the first ballots land all over the box. */
    @Test
    void slotPositionsDoNotRevealTheOrderOfVoting() throws Exception {
        long seed = new Random().nextLong();
        int capacity = 200, trials = 40, early = 0, total = 0;
        for (int t = 0; t < trials; t++) {
            Path file = dir.resolve("order" + t + ".ebb");
            var first = new HashSet<String>();
            try (var box = BallotBox.open(file, KEYS, capacity)) {
                for (int i = 0; i < 20; i++) first.add(box.put(ballot(new Random(seed + i))).nonceHex());
            }
            var v = BallotBox.verify(file, KEYS.publicKey());
            // ballots are listed in slot order: count how many of the first 20 sit in the box's first half
            int slot = 0;
            try (var ch = FileChannel.open(file, StandardOpenOption.READ)) {
                for (int i = 0; i < capacity; i++) {
                    var buf = ByteBuffer.allocate(BallotBox.DEFAULT_SLOT_SIZE);
                    ch.read(buf, BallotBox.HEADER + (long) i * BallotBox.DEFAULT_SLOT_SIZE);
                    if (buf.get(0) == 1) {
                        total++;
                        if (i < capacity / 2) early++;
                    }
                }
            }
            assertThat(v.ballots()).hasSize(20);
        }
        // 800 ballots; under uniform placement about half are in the first half (±5 sigma ≈ ±71)
        assertThat(total).isEqualTo(800);
        assertThat(early).as("seed %d", seed).isBetween(400 - 71, 400 + 71);
    }

    @Test
    void aFullBoxGrowsIntoANewLayoutAndKeepsEveryBallot() {
        Path file = dir.resolve("small.ebb");
        var nonces = new HashSet<String>();
        try (var box = BallotBox.open(file, KEYS, 4)) {
            for (int i = 0; i < 13; i++) nonces.add(box.put(ballot(new Random(i))).nonceHex());
            assertThat(box.capacity()).isEqualTo(16);
        }
        var v = BallotBox.verify(file, KEYS.publicKey());
        assertThat(v.ok()).isTrue();
        assertThat(v.ballots()).extracting(SealedBallot::nonceHex).containsExactlyInAnyOrderElementsOf(nonces);
        assertThat(Files.exists(dir.resolve("small.ebb.growing"))).isFalse();
    }

    @Test
    void aChangedSlotOrAForeignKeyIsFound() throws Exception {
        Path file = dir.resolve("box.ebb");
        try (var box = BallotBox.open(file, KEYS, 10)) {
            for (int i = 0; i < 10; i++) box.put(ballot(new Random(i)));
        }
        assertThat(BallotBox.verify(file, DeviceKeys.generate("ST-0001-V").publicKey()).problems()).hasSize(10);
        byte[] bytes = Files.readAllBytes(file);
        bytes[BallotBox.HEADER + 3 * BallotBox.DEFAULT_SLOT_SIZE + 25] ^= 1;
        Files.write(file, bytes);
        var v = BallotBox.verify(file, KEYS.publicKey());
        assertThat(v.ok()).isFalse();
        assertThat(v.damaged()).containsKey(3);
    }

    @Test
    void aBallotTooBigForASlotIsRefusedBeforeAnythingIsWritten() {
        var codes = new ArrayList<String>();
        for (int i = 0; i < 250; i++) codes.add("code-" + i);
        try (var box = BallotBox.open(dir.resolve("box.ebb"), KEYS, 10)) {
            assertThatThrownBy(() -> box.put(new Ballot("S", List.of(new Ballot.ContestChoice("c", codes)))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(box.filled()).isZero();
        }
    }
}
