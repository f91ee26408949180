package org.entekhabat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entekhabat.election.ConstituencyKind;
import org.entekhabat.election.Contest;
import org.entekhabat.election.ElectionCheck;
import org.entekhabat.election.ElectionJson;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.Geography;
import org.entekhabat.geography.Province;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code election validate|load|show}: the election definition file (docs/election-file.md). */
@Command(name = "election", mixinStandardHelpOptions = true, description = "Validate, load and show the election definition.",
        subcommands = {ElectionCommand.Validate.class, ElectionCommand.Load.class, ElectionCommand.Show.class})
class ElectionCommand extends CommandGroup {

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check an election file against the imported divisions; lists every error with its path. Loads nothing.")
    static class Validate implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Option(names = "--json", description = "print JSON") boolean json;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            try (var context = SpringContexts.job(db)) {
                var check = context.getBean(Elections.class).validate(yaml, file.toString());
                var out = spec.commandLine().getOut();
                if (json) out.println(Json.write(Map.of("valid", check.valid(), "check", check)));
                else print(check, out);
                out.flush();
                return check.valid() ? 0 : 2;
            }
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load an election file (all or nothing); it replaces an election of the same id and becomes current.")
    static class Load implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Parameters(index = "0", paramLabel = "FILE") Path file;
        @Option(names = "--json", description = "print JSON") boolean json;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            try (var context = SpringContexts.job(db)) {
                var check = context.getBean(Elections.class).load(yaml, file.toString(), "cli:" + System.getProperty("user.name", "unknown"));
                var out = spec.commandLine().getOut();
                if (json) out.println(Json.write(check));
                else { out.println("loaded election " + check.electionId()); print(check, out); }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show the current election: provinces, every contest with seats, alternates, rule and population source.")
    static class Show implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--json", description = "print JSON") boolean json;
        @Spec picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (var context = SpringContexts.job(db)) {
                var out = spec.commandLine().getOut();
                var doc = show(context.getBean(Elections.class), context.getBean(Geography.class));
                if (json) out.println(Json.write(doc));
                else printShow(doc, out);
                out.flush();
                return 0;
            }
        }
    }

    /** The whole election as one document: the --json output of {@code election show}. */
    static Map<String, Object> show(Elections elections, Geography geography) {
        var info = elections.requireCurrent();
        var contests = elections.contests();
        var doc = new LinkedHashMap<String, Object>();
        doc.put("election", ElectionJson.election(info));
        doc.put("provinces", geography.provinces().stream().map(ElectionCommand::province).toList());
        doc.put("listPrCouncils", of(contests, ConstituencyKind.LIST_PR_COUNCIL));
        doc.put("cityCouncils", of(contests, ConstituencyKind.CITY_COUNCIL));
        doc.put("villageCouncils", of(contests, ConstituencyKind.VILLAGE_COUNCIL));
        doc.put("majlisByElections", of(contests, ConstituencyKind.MAJLIS));
        doc.put("expertsByElections", of(contests, ConstituencyKind.EXPERTS));
        return doc;
    }

    private static Map<String, Object> province(Province p) {
        return Map.of("id", p.id(), "name", p.name(), "slug", p.slug());
    }

    private static List<Map<String, Object>> of(List<Contest> contests, ConstituencyKind kind) {
        return contests.stream().filter(c -> c.kind() == kind).sorted(Comparator.comparing(Contest::id)).map(ElectionJson::contest).toList();
    }

    @SuppressWarnings("unchecked")
    private static void printShow(Map<String, Object> doc, PrintWriter out) {
        var e = (Map<String, Object>) doc.get("election");
        out.printf("%s — %s (%s, %s)%n", e.get("id"), e.get("nameEn"), e.get("electionDayJalali"), e.get("electionDay"));
        out.printf("provinces: %d%n", ((List<?>) doc.get("provinces")).size());
        for (String group : List.of("listPrCouncils", "majlisByElections", "expertsByElections", "cityCouncils")) {
            var list = (List<Map<String, Object>>) doc.get(group);
            out.printf("%s (%d):%n", group, list.size());
            list.forEach(c -> out.printf("  %-32s %-48s seats %2s + %2s  %-18s population %s [%s]%n", c.get("id"), c.get("nameEn"),
                    c.get("seats"), c.get("alternates"), c.get("rule"), c.get("population") == null ? "-" : c.get("population"), c.get("populationSource")));
        }
        var villages = (List<Map<String, Object>>) doc.get("villageCouncils");
        long three = villages.stream().filter(v -> ((Integer) v.get("seats")) == 3).count();
        out.printf("villageCouncils (%d): %d with 3 seats, %d with 5 seats (--json lists each)%n", villages.size(), three, villages.size() - three);
    }

    static void print(ElectionCheck check, PrintWriter out) {
        if (!check.valid()) {
            out.println(check.source() + ": " + check.errors().size() + " error(s), nothing loaded");
            check.errors().forEach(e -> out.println("  " + e));
            return;
        }
        out.println(check.source() + ": valid, election " + check.electionId());
        check.contests().forEach((k, v) -> out.printf("  %-16s %d%n", k, v));
        out.println("  ballot styles    " + check.ballotStyles());
    }
}
