package org.entekhabat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.entekhabat.DatabaseTest;
import org.entekhabat.stations.Stations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;

/** The station's link test against the running test server: ping, measure, post, recorded. */
@DatabaseTest
class LinkTestCommandTest {

    @Autowired Stations stations;
    @LocalServerPort int port;

    @Test
    void measuresAndRecordsTheLink() {
        String county = "9" + (10 + new java.util.Random().nextInt(90)) + (1000 + new java.util.Random().nextInt(9000));
        String code = "ST-" + county + "-001";
        stations.importCsv(new StringReader("""
                code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices
                %s,شعبه,,%s,%s,C1,CITY,P1,FIXED,500,SIM,AUTH_TERMINAL:%s-A;VOTING_TERMINAL:%s-V
                """.formatted(code, county, county.substring(0, 3), code, code)), "test");

        var out = new StringWriter();
        var cli = new CommandLine(new EntekhabatCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("station", "link-test", "--central", "http://localhost:" + port + "/", "--station", code, "--count", "5");

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("5/5 round trips answered").contains("recorded at central");
        var tests = stations.linkTests(code, 10);
        assertThat(tests).hasSize(1);
        assertThat(tests.get(0).samples()).isEqualTo(5);
        assertThat(tests.get(0).lost()).isZero();
        assertThat(tests.get(0).reportedBy()).isEqualTo("station:" + code);
        assertThat(stations.blockers(stations.checklist(code))).noneMatch(b -> b.code().name().startsWith("LINK"));

        int unknown = new CommandLine(new EntekhabatCommand()).execute("station", "link-test",
                "--central", "http://localhost:" + port, "--station", "ST-NOPE-999", "--count", "1");
        assertThat(unknown).isEqualTo(2);
    }
}
