package org.entekhabat.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entekhabat.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class DrillSmokeTest {

    @Autowired Drills drills;

    @Test
    void smallDrill() throws Exception {
        var plan = new DrillPlan(null, "1000001", 3, 6, 0, true, 50, 4, true, 42, "/dev/shm");
        var report = drills.run(plan, "test", p -> System.out.println(p.line()));
        report.stations().forEach(s -> System.out.println(s));
        System.out.println(report.run());
        assertEquals(3, report.reportsAccepted());
    }
}
