package org.entekhabat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.entekhabat.geography.DivisionsImport;
import org.entekhabat.geography.GeographyImports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import divisions}, {@code import villages FILE}: reference data, idempotent. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import data files into the central database (divisions, census, villages, stations, candidates).",
        subcommands = {ImportCommand.Divisions.class, ImportCommand.Villages.class, ImportStationsCommand.class,
                ImportCandidatesCommand.class})
class ImportCommand extends CommandGroup {

    @Command(name = "divisions", mixinStandardHelpOptions = true,
            description = "Import the official divisions and the 2016 census (and generated demo villages where none exist); prints counts and the unmatched census report.")
    static class Divisions implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--json", description = "print JSON") boolean json;
        @Option(names = "--no-villages", description = "do not generate demo villages") boolean noVillages;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = SpringContexts.job(db)) {
                var result = context.getBean(GeographyImports.class).importDivisions(!noVillages);
                var out = spec.commandLine().getOut();
                if (json) out.println(Json.write(result));
                else print(result, out);
                out.flush();
                return 0;
            }
        }

        static void print(DivisionsImport r, PrintWriter out) {
            out.printf("provinces %d, counties %d, districts %d, cities %d, rural districts %d, villages %d, census rows %d (%d rows added)%n",
                    r.provinces(), r.counties(), r.districts(), r.cities(), r.ruralDistricts(), r.villages(), r.censusRows(), r.rowsAdded());
            var c = r.census();
            out.printf("census 2016: %d of %d counties matched; population %,d = matched %,d + unmatched %,d%n",
                    c.matchedCounties(), c.censusCounties(), c.censusPopulation(), c.matchedPopulation(), c.unmatchedPopulation());
            out.printf("census counties with no division county (%d):%n", c.censusOnly().size());
            c.censusOnly().forEach(u -> out.printf("  %s  %s  province %d  population %,d%n", u.ref(), u.name(), u.provinceId(), u.population()));
            out.printf("division counties with no census figures (%d):%n", c.divisionOnly().size());
            c.divisionOnly().forEach(u -> out.printf("  %s  %s  province %d%n", u.ref(), u.name(), u.provinceId()));
        }
    }

    @Command(name = "villages", mixinStandardHelpOptions = true,
            description = "Import an official village list (CSV: rural_district_id,name,population,households); it replaces the generated villages of the rural districts it names.")
    static class Villages implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Option(names = "--source", defaultValue = "moi-health-centres",
                description = "where the populations come from (default: ${DEFAULT-VALUE}, DOMAIN §1)") String source;
        @Option(names = "--json", description = "print JSON") boolean json;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); var context = SpringContexts.job(db)) {
                int changed = context.getBean(GeographyImports.class).importVillages(reader, file.getFileName().toString(), source);
                var out = spec.commandLine().getOut();
                var result = new LinkedHashMap<String, Object>();
                result.put("file", file.toString());
                result.put("villagesAddedOrChanged", changed);
                out.println(json ? Json.write(result) : "villages added or changed: " + changed);
                out.flush();
                return 0;
            }
        }
    }
}
