package org.entekhabat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Random;
import org.entekhabat.DatabaseTest;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.stations.Stations;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;

/**
 * The station's link test against the running test server: ping, measure, post signed with the
 * station device's key, recorded. Unsigned-by-a-known-key or for another station: refused, nothing recorded.
 */
@DatabaseTest
class LinkTestCommandTest {

    @Autowired Stations stations;
    @Autowired DeviceRegistry devices;
    @LocalServerPort int port;
    @TempDir Path tmp;

    @Test
    void measuresAndRecordsTheLink() {
        var r = new Random();
        String county = "9" + (10 + r.nextInt(90)) + "000" + (10 + r.nextInt(90));
        String code = "ST-" + county + "-" + (100 + r.nextInt(900));
        stations.importCsv(new StringReader("""
                code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices
                %s,شعبه,,%s,%s,C1,CITY,P1,FIXED,500,SIM,AUTH_TERMINAL:%s-A;VOTING_TERMINAL:%s-V
                """.formatted(code, county, county.substring(0, 3), code, code)), "test");
        Path keyDir = tmp.resolve("auth");
        var keys = DeviceKeys.generate(keyDir, code + "-A");
        devices.register(keys.deviceId(), code, keys.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);

        var out = new StringWriter();
        var cli = new CommandLine(new EntekhabatCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("station", "link-test", "--central", "http://localhost:" + port + "/", "--station", code,
                "--count", "5", "--dir", keyDir.toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("5/5 round trips answered").contains("recorded at central");
        var tests = stations.linkTests(code, 10);
        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).samples()).isEqualTo(5);
        assertThat(tests.get(0).lost()).isZero();
        assertThat(tests.get(0).reportedBy()).isEqualTo("device:" + code + "-A");
        assertThat(stations.blockers(stations.checklist(code))).noneMatch(b -> b.code().name().startsWith("LINK"));

        // the device speaks for its own station only
        assertThat(run(code, "ST-NOPE-999", keyDir)).isEqualTo(2);
        // a key central never registered is refused before anything is read
        Path stranger = tmp.resolve("stranger");
        DeviceKeys.generate(stranger, code + "-V");
        assertThat(run(code, code, stranger)).isEqualTo(2);
        // nor may a revoked device report
        devices.revoke(keys.deviceId());
        assertThat(run(code, code, keyDir)).isEqualTo(2);
        assertThat(stations.linkTests(code, 10)).hasSize(1);
    }

    private int run(String code, String station, Path dir) {
        var err = new StringWriter();
        var cli = new CommandLine(new EntekhabatCommand());
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("station", "link-test", "--central", "http://localhost:" + port, "--station", station,
                "--count", "1", "--dir", dir.toString());
        assertThat(err.toString()).as("refusal explained for " + station).contains("refused");
        return exit;
    }
}
