package org.entekhabat.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.entekhabat.DatabaseTest;
import org.entekhabat.stations.Stations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A drill of 50 stations × 100 voters with a link failure: every station's report is accepted by
 * the sandbox central, the link-failure stations went through the paper process, and the real
 * schema is exactly as before except for the drill's own rows and audit entries.
 */
@DatabaseTest
class DrillRunTest {

    @Autowired Drills drills;
    @Autowired Stations stations;
    @Autowired JdbcClient jdbc;

    @Test
    void fiftyStationsOfHundredVotersAllReportsAcceptedAndTheRealElectionUnchanged() throws Exception {
        long seed = new Random().nextLong();
        String county = registryStations(3);
        var before = realCounts();
        long auditBefore = nonDrillAuditEntries();

        var plan = new DrillPlan(null, county, 50, 100, 0, true, 20, 16, true, seed, fastDisk());
        var report = drills.run(plan, "test", p -> { });
        String why = "seed " + seed + ", run " + report.run();
        System.out.println("drill test: " + why);

        assertThat(report.run().status()).as(why).isEqualTo("DONE");
        assertThat(report.stations()).as(why).hasSize(50);
        assertThat(report.stations()).as(why).allSatisfy(s -> assertThat(s.reportStatus()).isEqualTo("ACCEPTED"));
        assertThat(report.reportsAccepted()).as(why).isEqualTo(50);
        assertThat(report.stations().stream().filter(s -> !s.synthetic()).count()).as(why).isEqualTo(3);
        assertThat(report.voters()).as(why).isEqualTo(5000);
        assertThat(report.stations()).as(why).allSatisfy(s -> {
            assertThat(s.electronic() + s.paper() + s.refused()).isEqualTo(100);
            assertThat(s.reconciliationDifference()).isZero();
        });

        // the link failure: every fifth station went to paper, uploaded its register, and the report shows the step
        var paperStations = report.stations().stream().filter(StationResult::usedPaper).toList();
        assertThat(paperStations).as(why).hasSize(10);
        assertThat(paperStations).as(why).allSatisfy(s -> {
            assertThat(s.paper()).isPositive();
            assertThat(s.paperUploads()).isPositive();
            assertThat(s.paperMs()).isPositive();
            assertThat(s.problems()).anyMatch(p -> p.startsWith("LINK_DOWN"));
            assertThat(s.outcome()).isEqualTo("PROBLEMS");
        });
        assertThat(paperStations.stream().mapToInt(StationResult::paperCollisions).sum()).as(why).isPositive();
        var countyRow = report.counties().stream().filter(c -> c.countyId().equals(county)).findFirst().orElseThrow();
        assertThat(countyRow.stationsOnPaper()).as(why).isEqualTo(10);
        assertThat(DrillCsv.write(report).lines().count()).isEqualTo(51);

        // sandbox isolation: nothing of the real election changed, the sandbox schema is gone
        assertThat(realCounts()).as(why).isEqualTo(before);
        assertThat(nonDrillAuditEntries()).as(why).isEqualTo(auditBefore);
        assertThat(jdbc.sql("select count(*) from information_schema.schemata where schema_name = :s")
                .param("s", report.run().sandboxSchema()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where subject = :s").param("s", "drill:" + report.run().id())
                .query(Long.class).single()).isEqualTo(2);
    }

    /** Stations in a county of their own, so the drill picks exactly these from the registry. */
    private String registryStations(int n) {
        var r = new Random();
        String province = "9" + (10 + r.nextInt(90));
        String county = province + "000" + (10 + r.nextInt(90));
        var csv = new StringBuilder("code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices\n");
        for (int i = 1; i <= n; i++) {
            String code = "ST-" + county + "-00" + i;
            csv.append("%s,شعبه %d,,%s,%s,C1,CITY,P1,FIXED,500,FIBRE,AUTH_TERMINAL:%s-A;VOTING_TERMINAL:%s-V\n"
                    .formatted(code, i, county, province, code, code));
        }
        var result = stations.importCsv(new StringReader(csv.toString()), "test");
        assertThat(result.errors()).isEmpty();
        return county;
    }

    /** Rows of every table of the real schema but the drill's own and the audit log's. */
    private Map<String, Long> realCounts() {
        var counts = new LinkedHashMap<String, Long>();
        for (String t : jdbc.sql("""
                select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
                and table_name not in ('drill_run', 'drill_station_result', 'audit_entry', 'audit_head', 'flyway_schema_history')
                order by table_name""").query(String.class).list()) {
            counts.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
        }
        return counts;
    }

    private long nonDrillAuditEntries() {
        return jdbc.sql("select count(*) from audit_entry where action not like 'drill.%'").query(Long.class).single();
    }

    static String fastDisk() {
        return Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : null;
    }
}
