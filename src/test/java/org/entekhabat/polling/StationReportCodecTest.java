package org.entekhabat.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StationReportCodecTest {

    static StationReport sample(Random random) {
        var contests = new java.util.ArrayList<StationReport.ContestCount>();
        for (int c = 0; c < 1 + random.nextInt(3); c++) {
            var votes = new TreeMap<String, Long>();
            for (int k = 0; k < 2 + random.nextInt(6); k++) votes.put(String.valueOf(1000 + k), (long) random.nextInt(500));
            var lists = new TreeMap<String, Long>();
            if (random.nextBoolean()) lists.put("L" + random.nextInt(9), (long) random.nextInt(300));
            contests.add(new StationReport.ContestCount("C-" + c, 600, random.nextInt(20), random.nextInt(20), votes, lists));
        }
        return new StationReport("1405", "ST-" + random.nextInt(1000), "dev-1",
                Instant.parse("2026-05-01T04:30:00Z"), Instant.parse("2026-05-01T15:00:00Z"),
                600, 580, 20, "", "ab".repeat(32), contests);
    }

    @Test
    void roundTripsAndSignatureChecks() throws Exception {
        var keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var report = sample(new Random(7));
        var signed = SignedStationReport.sign(report, keys.getPrivate());
        assertThat(signed.verify(keys.getPublic())).isTrue();
        assertThat(signed.report()).isEqualTo(report);
        var other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(signed.verify(other.getPublic())).isFalse();
    }

    @Test
    void everySingleDigitChangeIsCaughtNamingTheLine() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int n = 0; n < 2_000; n++) {
            String text = StationReportCodec.encode(sample(random));
            int pos;
            do { pos = random.nextInt(text.length()); } while (!Character.isDigit(text.charAt(pos)));
            char changed = (char) ('0' + (text.charAt(pos) - '0' + 1 + random.nextInt(9)) % 10);
            String tampered = text.substring(0, pos) + changed + text.substring(pos + 1);
            assertThatThrownBy(() -> StationReportCodec.decode(tampered))
                    .as("seed %d, case %d, offset %d", seed, n, pos)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line ");
        }
    }

    @Test
    void contestOrderDoesNotChangeTheBytes() {
        var report = sample(new Random(3));
        var reversed = new java.util.ArrayList<>(report.contests());
        java.util.Collections.reverse(reversed);
        var same = new StationReport(report.electionId(), report.stationCode(), report.deviceId(), report.openedAt(),
                report.closedAt(), report.authenticated(), report.electronicBallots(), report.paperBallots(),
                report.reconciliationNote(), report.journalHead(), List.copyOf(reversed));
        assertThat(StationReportCodec.encode(same)).isEqualTo(StationReportCodec.encode(report));
    }
}
