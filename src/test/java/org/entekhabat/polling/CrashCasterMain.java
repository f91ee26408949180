package org.entekhabat.polling;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;

/**
 * The process the crash test kills: opens the station (running recovery), then casts ballots in a
 * loop, printing "ACK &lt;nonce&gt;" only after {@link PollingStation#cast} has returned.
 * Arguments: station directory, key directory, seed.
 */
public final class CrashCasterMain {

    public static void main(String[] args) {
        Path station = Path.of(args[0]);
        var keys = DeviceKeys.load(Path.of(args[1]));
        var random = new Random(Long.parseLong(args[2]));
        try (var s = PollingStation.open(station, keys, Clock.systemUTC(), 40)) {
            if (s.halted()) {
                System.out.println("HALTED " + s.recovery().anomalies());
                System.exit(3);
            }
            System.out.println("READY " + s.recovery().actions());
            System.out.flush();
            while (true) {
                String token = s.authenticated("CITY-7");
                var sealed = s.cast(token, BallotBoxTest.ballot(random));
                System.out.println("ACK " + sealed.nonceHex());
                System.out.flush();
            }
        }
    }
}
