package org.entekhabat.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery between journal and box, crash by crash (the kill -9 test does it at random). */
class PollingStationTest {

    static final DeviceKeys KEYS = DeviceKeys.generate("ST-0001-V");
    static final Ballot BALLOT = new Ballot("CITY-7", List.of(new Ballot.ContestChoice("council", List.of("1234", "5678"))));

    @TempDir Path dir;

    private PollingStation open() {
        return PollingStation.open(dir, KEYS, StationJournalTest.CLOCK, 100);
    }

    @Test
    void castsAndAuditsCleanly() {
        try (var s = open()) {
            s.record(EventType.OPEN, Map.of("by", "chair"));
            for (int i = 0; i < 5; i++) s.cast(s.authenticated("CITY-7"), BALLOT);
            assertThat(s.journal().entries()).noneMatch(e -> e.payload().containsValue("1234"));
        }
        var audit = PollingStation.audit(dir, KEYS.publicKey());
        assertThat(audit.problems()).isEmpty();
        assertThat(audit.box().ballots()).hasSize(5);
    }

    @Test
    void aTokenCastsOnceAndOnlyIfIssued() {
        try (var s = open()) {
            String token = s.authenticated("CITY-7");
            s.cast(token, BALLOT);
            assertThatThrownBy(() -> s.cast(token, BALLOT)).hasMessageContaining("already used");
            assertThatThrownBy(() -> s.cast("nope", BALLOT)).hasMessageContaining("unknown token");
            assertThat(s.box().filled()).isEqualTo(1);
        }
    }

    @Test
    void aCrashAfterTheBoxWriteRecoversTheCast() {
        String token;
        try (var s = open()) {
            token = s.authenticated("CITY-7");
            // the crash: BEGIN journaled, ballot in the box, no CAST
            s.journal().append(EventType.BALLOT_BEGIN, Map.of("token", token));
            s.box().put(BALLOT);
        }
        try (var s = open()) {
            assertThat(s.recovery().actions()).singleElement().asString().contains("recovered");
            assertThat(s.halted()).isFalse();
            assertThat(s.isSpent(token)).isTrue();
            assertThat(s.journal().entries().getLast().get("recovered")).isEqualTo("true");
        }
        assertThat(PollingStation.audit(dir, KEYS.publicKey()).problems()).isEmpty();
    }

    @Test
    void aCrashBeforeTheBoxWriteLeavesTheTokenUnspent() {
        String token;
        try (var s = open()) {
            token = s.authenticated("CITY-7");
            s.journal().append(EventType.BALLOT_BEGIN, Map.of("token", token));
        }
        try (var s = open()) {
            assertThat(s.recovery().actions()).singleElement().asString().contains("stays unspent");
            assertThat(s.isSpent(token)).isFalse();
            s.cast(token, BALLOT); // the voter votes after all
        }
        assertThat(PollingStation.audit(dir, KEYS.publicKey()).problems()).isEmpty();
    }

    @Test
    void aHalfWrittenSlotIsClearedWhenTheJournalExplainsIt() throws Exception {
        String token;
        try (var s = open()) {
            token = s.authenticated("CITY-7");
            s.journal().append(EventType.BALLOT_BEGIN, Map.of("token", token));
        }
        tearSlot(7);
        try (var s = open()) {
            assertThat(s.recovery().actions()).singleElement().asString().contains("half-written slot was cleared");
            assertThat(s.box().damaged()).isEmpty();
        }
    }

    @Test
    void aBallotTheJournalCannotExplainHaltsTheStation() throws Exception {
        try (var s = open()) {
            s.cast(s.authenticated("CITY-7"), BALLOT);
            s.box().put(BALLOT); // stuffed: no BEGIN, no CAST
        }
        try (var s = open()) {
            assertThat(s.halted()).isTrue();
            assertThat(s.recovery().anomalies()).singleElement().asString().contains("box holds 2 ballots");
            String token = s.authenticated("CITY-7");
            assertThatThrownBy(() -> s.cast(token, BALLOT)).hasMessageContaining("halted");
        }
        assertThat(PollingStation.audit(dir, KEYS.publicKey()).ok()).isFalse();
    }

    @Test
    void aDamagedSlotWithNoBallotInFlightIsAnAnomaly() throws Exception {
        try (var s = open()) {
            s.cast(s.authenticated("CITY-7"), BALLOT);
        }
        tearSlot(3);
        try (var s = open()) {
            assertThat(s.halted()).isTrue();
        }
    }

    private void tearSlot(int slot) throws Exception {
        try (var ch = FileChannel.open(dir.resolve(PollingStation.BOX_FILE), StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            var buf = ByteBuffer.allocate(1);
            while (true) { // the first empty slot from here on gets half-written
                buf.clear();
                ch.read(buf, BallotBox.HEADER + (long) slot * BallotBox.DEFAULT_SLOT_SIZE);
                if (buf.get(0) == 0) break;
                slot++;
            }
            byte[] junk = new byte[40];
            new Random(slot).nextBytes(junk);
            junk[0] = 1;
            ch.write(ByteBuffer.wrap(junk), BallotBox.HEADER + (long) slot * BallotBox.DEFAULT_SLOT_SIZE);
        }
    }
}
