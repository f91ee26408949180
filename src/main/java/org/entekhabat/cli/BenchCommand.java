package org.entekhabat.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks whose figures go into docs/PERFORMANCE.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks (figures for docs/PERFORMANCE.md): participation claims, the station journal, results intake and aggregation, candidate registrations.",
        subcommands = {BenchLedgerCommand.class, BenchJournalCommand.class, BenchResultsCommand.class, BenchTallyCommand.class,
                BenchRegistrationsCommand.class})
class BenchCommand extends CommandGroup {

}
