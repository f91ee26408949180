package org.entekhabat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.entekhabat.stations.Stations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code entekhabat import stations FILE}: all rows or none; errors name the line. */
@Command(name = "stations", mixinStandardHelpOptions = true,
        description = {"Import polling stations from a UTF-8 CSV with the header:",
                "code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices",
                "devices: TYPE:ID;TYPE:ID (AUTH_TERMINAL, VOTING_TERMINAL). Existing codes are updated."})
class ImportStationsCommand implements Callable<Integer> {

    @Mixin DatabaseOptions db;

    @Parameters(index = "0", paramLabel = "FILE", description = "the CSV file")
    Path file;

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
            var result = context.getBean(Stations.class).importCsv(reader, "cli");
            var out = spec.commandLine().getOut();
            if (json) {
                var m = new LinkedHashMap<String, Object>();
                m.put("ok", result.ok());
                m.put("rows", result.rows());
                m.put("created", result.created());
                m.put("updated", result.updated());
                m.put("errors", result.errors());
                out.println(JsonMapper.builder().build().writeValueAsString(m));
            } else if (result.ok()) {
                out.printf("Imported %d stations: %d new, %d updated.%n", result.rows(), result.created(), result.updated());
            } else {
                var err = spec.commandLine().getErr();
                err.println("entekhabat: nothing imported; fix these rows:");
                result.errors().forEach(e -> err.println("  " + e));
            }
            out.flush();
            return result.ok() ? 0 : 2;
        }
    }
}
