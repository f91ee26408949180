package org.entekhabat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleValidateCommandTest {

    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        System.setOut(new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            int exit = EntekhabatCommand.run(args);
            return new Run(exit, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(java.nio.charset.StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void theShippedFileIsValid() {
        var r = run("schedule", "validate", "src/main/resources/schedules/1405.yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("valid").contains("1405/02/11");
    }

    @Test
    void aBrokenFileFailsNamingThePath() throws Exception {
        String text = Files.readString(Path.of("src/main/resources/schedules/1405.yaml")).replace("end: 1404/10/27", "end: 1404/10/20");
        var file = Files.writeString(dir.resolve("bad.yaml"), text);
        var r = run("schedule", "validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("milestones[10].end");
        var json = run("schedule", "validate", "--json", file.toString());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(json.out()).contains("\"valid\" : false").contains("milestones[10].end");
    }
}
