package org.entekhabat.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-negotiable "nothing lost": a separate JVM casts ballots and is killed with SIGKILL at random
 * moments, round after round on the same station. After every kill, recovery must find every
 * acknowledged ballot in the box, no nonce twice, a journal that verifies and counts that match.
 */
class CrashTest {

    @TempDir Path dir;
    private final StringBuilder recoveries = new StringBuilder();

    @Test
    void acknowledgedBallotsSurviveKillMinus9() throws Exception {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        Path keysDir = dir.resolve("keys");
        var keys = DeviceKeys.generate(keysDir, "ST-CRASH-V");
        Path station = dir.resolve("station");
        Set<String> acked = new HashSet<>();
        int rounds = 8;
        for (int round = 0; round < rounds; round++) {
            List<String> roundAcks = runAndKill(station, keysDir, random.nextLong(), 20 + random.nextInt(30), random.nextInt(15_000));
            acked.addAll(roundAcks);
            // every other round the next caster process recovers by itself; the last round is always checked here
            if (round % 2 == 1 || round == rounds - 1) recoverAndCheck(station, keys, acked, "seed " + seed + ", round " + round);
        }
        assertThat(acked.size()).as("seed %d: enough ballots to mean something", seed).isGreaterThan(200);
        System.out.print(recoveries);
        System.out.println("CrashTest: " + rounds + " kills, " + acked.size() + " acknowledged ballots, seed " + seed);
    }

    private void recoverAndCheck(Path station, DeviceKeys keys, Set<String> acked, String why) {
        try (var s = PollingStation.open(station, keys, java.time.Clock.systemUTC(), 40)) {
            assertThat(s.halted()).as(why + ": " + s.recovery()).isFalse();
            recoveries.append("recovered here: ").append(s.recovery().actions()).append('\n');
        }
        var audit = PollingStation.audit(station, keys.publicKey());
        assertThat(audit.problems()).as(why).isEmpty();
        var nonces = new ArrayList<String>();
        audit.box().ballots().forEach(b -> nonces.add(b.nonceHex()));
        assertThat(new HashSet<>(nonces)).as(why + ": no nonce twice").hasSize(nonces.size());
        assertThat(nonces).as(why + ": every acknowledged ballot is in the box").containsAll(acked);
        assertThat(audit.journal().count(EventType.BALLOT_CAST)).as(why).isEqualTo(nonces.size());
    }

    /**
     * Starts the caster, lets it acknowledge at least {@code minAcks} ballots, kills it a random
     * {@code jitterMicros} later (anywhere inside the next ballot's writes), returns the nonces it acknowledged.
     */
    private List<String> runAndKill(Path station, Path keysDir, long seed, int minAcks, int jitterMicros) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                CrashCasterMain.class.getName(), station.toString(), keysDir.toString(), Long.toString(seed))
                .redirectErrorStream(true)
                .start();
        var acks = new ConcurrentHashMap<String, Boolean>();
        var ready = new CountDownLatch(1);
        var output = new StringBuilder();
        var reader = Thread.ofPlatform().daemon().start(() -> {
            try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ACK ")) acks.put(line.substring(4).trim(), true);
                    else {
                        synchronized (output) { output.append(line).append('\n'); }
                        if (line.startsWith("READY")) ready.countDown();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process died
            }
        });
        boolean started = ready.await(60, TimeUnit.SECONDS);
        assertThat(started).as("caster did not start: " + output).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acks.size() < minAcks && process.isAlive() && System.nanoTime() < deadline) Thread.sleep(1);
        TimeUnit.MICROSECONDS.sleep(jitterMicros);
        process.destroyForcibly(); // SIGKILL
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        synchronized (output) { recoveries.append(output); }
        // a line cut by the kill ("ACK 3fa") is no acknowledgement
        return acks.keySet().stream().filter(n -> n.length() == 32).toList();
    }
}
