package org.entekhabat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command tree has {@code import candidates} and {@code bench registrations}; a missing file is refused before any database starts. */
class ImportCandidatesCommandTest {

    @Test
    void helpAndAMissingFile() {
        var out = new StringWriter();
        var err = new StringWriter();
        var cli = new CommandLine(new EntekhabatCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("import", "candidates", "--help")).isZero();
        assertThat(out.toString()).contains("constituency_id,national_code").contains("--first-code");
        assertThat(cli.execute("import", "candidates", "/no/such/file.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read");
        assertThat(cli.execute("bench", "registrations", "--help")).isZero();
        assertThat(out.toString()).contains("--clients").contains("--url");
    }
}
