package org.entekhabat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entekhabat.vetting.CandidateImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entekhabat import candidates FILE}: approved candidates with drawn codes, for drills, tests and the demo. */
@Command(name = "candidates", mixinStandardHelpOptions = true,
        description = {"Import finally approved candidates (drills, tests, demo) from a UTF-8 CSV with the header:",
                "constituency_id,national_code,first_name,last_name,sex,birth_date,education,prior_council_member,list_title,list_party[,allowances]",
                "allowances (optional): Art. 37(z) grounds separated by ; (VETERAN, FREED_POW, FRONT_FIGHTER_6_MONTHS, MARTYR_CHILD).",
                "Codes are drawn with the seed import:<constituency>, Tehran lists registered, final lists published as drills.",
                "All rows or none; running it again changes nothing. Needs the election loaded (entekhabat demo or election load).",
                "Example: src/main/resources/demo/candidates-1405.csv"})
class ImportCandidatesCommand implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file")
    Path file;

    @Option(names = "--first-code", defaultValue = "10", description = "lowest candidate code in each constituency (default: ${DEFAULT-VALUE})")
    int firstCode;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(file)) {
            spec.commandLine().getErr().println("entekhabat: cannot read " + file);
            return 2;
        }
        try (var context = SpringContexts.job(db); var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var r = context.getBean(CandidateImport.class).importCsv(reader, firstCode);
            var out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(r));
            } else {
                out.printf("Imported %d rows: %d new candidates, %d already there.%n", r.rows(), r.created(), r.existing());
                r.constituencies().forEach(c -> out.printf("  %-28s %3d candidates, %d lists%s%s%n", c.id(), c.candidates(), c.lists(),
                        c.codesDrawnNow() ? ", codes drawn" : "", c.publishedNow() ? ", final list published (drill)" : ""));
            }
            out.flush();
            return 0;
        }
    }
}
