package org.entekhabat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entekhabat admin create|list} against an embedded PostgreSQL in a fresh directory. */
class AdminCommandTest {

    @TempDir Path dir;

    @Test
    void createsAccountsAndListsThem() throws Exception {
        String data = dir.resolve("pg").toString();
        var generated = run(null, "admin", "create", "--username", "first-hq", "--role", "NATIONAL_HQ",
                "--jurisdiction", "NATION", "--display-name", "ستاد کشور", "--data-dir", data);
        assertThat(generated.code).as(generated.out).isZero();
        assertThat(generated.out).contains("Created first-hq", "Password (shown only this once): ");

        var fromStdin = run("stdin-password-1\n", "admin", "create", "--username", "gov-arak", "--role", "GOVERNOR",
                "--jurisdiction", "COUNTY:1000001", "--password-stdin", "--data-dir", data);
        assertThat(fromStdin.code).as(fromStdin.out).isZero();
        assertThat(fromStdin.out).doesNotContain("stdin-password-1");

        var tooShort = run("short\n", "admin", "create", "--username", "weak", "--role", "GOVERNOR",
                "--jurisdiction", "COUNTY:1000001", "--password-stdin", "--data-dir", data);
        assertThat(tooShort.code).isEqualTo(2);
        assertThat(tooShort.err).contains("۱۰");

        var list = run(null, "admin", "list", "--json", "--data-dir", data);
        assertThat(list.out).contains("\"username\" : \"first-hq\"", "\"jurisdiction\" : \"COUNTY:1000001\"")
                .doesNotContain("weak").doesNotContain("argon2");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = AdminCommand.generatePassword(), b = AdminCommand.generatePassword();
        assertThat(a).hasSize(23).isNotEqualTo(b);
    }

    record Result(int code, String out, String err) {}

    private static Result run(String stdin, String... args) throws Exception {
        PrintStream oldOut = System.out, oldErr = System.err;
        InputStream oldIn = System.in;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            if (stdin != null) System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int code = EntekhabatCommand.run(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }
}
